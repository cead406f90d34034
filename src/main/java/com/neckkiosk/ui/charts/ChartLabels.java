package com.neckkiosk.ui.charts;

import com.neckkiosk.content.Language;
import com.neckkiosk.stats.UsageTables;
import com.neckkiosk.ui.Messages;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.regex.Pattern;

/** The words a chart shows for the ids in a {@link com.neckkiosk.stats.CountTable}. */
final class ChartLabels {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final Messages messages;
    // made on first use: a pattern is parsed once, not once per label
    private DateTimeFormatter dayFormat;
    private DateTimeFormatter monthFormat;

    ChartLabels(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    String title(String chartId) {
        return messages.get("chart." + chartId);
    }

    String series(String key) {
        return messages.get("series." + key);
    }

    /** A category of the given chart in words; dates and hours stay as they are. */
    String category(String chartId, String key) {
        switch (chartId) {
            case UsageTables.WARNING_SIGNS:
                return messages.get("sign." + key);
            case UsageTables.CAUSES:
                return messages.get("cause." + key);
            case UsageTables.LANGUAGES:
                return Language.fromCode(key).map(Language::ownName).orElse(key);
            case UsageTables.FUNNEL:
                return step(key);
            default:
                return date(key);
        }
    }

    /** A day ({@code 2026-03-09}) or month ({@code 2026-03}) category, short and in the language's words. */
    private String date(String key) {
        if (DAY.matcher(key).matches()) {
            if (dayFormat == null) {
                dayFormat = DateTimeFormatter.ofPattern("d MMM", messages.language().locale());
            }
            return java.time.LocalDate.parse(key).format(dayFormat);
        }
        if (MONTH.matcher(key).matches()) {
            if (monthFormat == null) {
                monthFormat = DateTimeFormatter.ofPattern("MMM yy", messages.language().locale());
            }
            return java.time.YearMonth.parse(key).format(monthFormat);
        }
        return key;
    }

    String weekday(String key) {
        return DayOfWeek.valueOf(key).getDisplayName(TextStyle.SHORT, messages.language().locale());
    }

    private String step(String key) {
        return messages.has("step." + key) ? messages.get("step." + key) : messages.get("sign." + key);
    }
}
