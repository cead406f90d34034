package com.neckkiosk.ui.charts;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.neckkiosk.content.Language;
import com.neckkiosk.stats.CountTable;
import com.neckkiosk.stats.DateRange;
import com.neckkiosk.stats.Measure;
import com.neckkiosk.stats.UsageCounts;
import com.neckkiosk.stats.UsageFilter;
import com.neckkiosk.stats.UsageTables;
import com.neckkiosk.ui.Messages;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/** Builds and draws every chart as the dashboard would at 1920x1080, without a window: for the benchmark. */
public final class DashboardRendering {

    /** About a chart card's plot at 1920x1080 (wide cards are twice as wide). */
    static final int WIDTH = 440;
    static final int HEIGHT = 200;

    /** How long building the charts (datasets, plots) and drawing them took, in nanoseconds. */
    public record Timing(long buildNanos, long drawNanos) {
    }

    private DashboardRendering() {
    }

    /**
     * Builds and draws every kind of chart once from made-up counts, so the classes, fonts and
     * drawing code the first real charts need are loaded: call it on the EDT while the store
     * opens (the {@code dashboard} verb does), not instead of it.
     */
    public static void warmUp(Language language) {
        assert calledOnEDT();
        // a week, not a year: the same classes and drawing code at a fraction of the bars, since on a
        // busy machine this work competes with the store's opening for the cores
        LocalDate today = LocalDate.now();
        UsageFilter week = UsageFilter.allKiosks(DateRange.lastDays(7, today));
        UsageCounts.Builder made = UsageCounts.builder(week);
        for (int daysAgo = 0; daysAgo < 7; daysAgo++) {
            LocalDate day = today.minusDays(daysAgo);
            int visits = 3 + daysAgo;
            UsageTables.DISPOSITIONS.forEach(key -> made.add(day, Measure.DISPOSITION, key, visits));
            UsageTables.SHEET_SERIES.forEach(key -> made.add(day, Measure.SHEET, key, visits));
            made.add(day, Measure.HOUR, Integer.toString(8 + daysAgo), visits);
            made.add(day, Measure.LANGUAGE, language.code(), visits);
            made.add(day, Measure.PAIN, Integer.toString(daysAgo), visits);
            made.add(day, Measure.SIGN, UsageTables.HELP_REQUESTED, visits);
            made.add(day, Measure.CAUSE, "stress", visits);
            made.add(day, Measure.DURATION, "180", visits);
            made.add(day, Measure.ENDED, "ABANDONED" + Measure.ENDED_SEPARATOR + "intro", visits);
            made.add(day, Measure.ENDED, "COMPLETED" + Measure.ENDED_SEPARATOR + "result", visits);
        }
        UsageCounts counts = made.build();
        UsageTables.summary(counts);
        renderAll(UsageTables.all(counts), language);
    }

    public static Timing renderAll(Map<String, CountTable> tables, Language language) {
        assert calledOnEDT();
        long started = System.nanoTime();
        DashboardCharts charts = new DashboardCharts(new ChartLabels(Messages.of(language)));
        Map<String, JFreeChart> built = new LinkedHashMap<>();
        tables.forEach((id, table) -> built.put(id, charts.create(table)));
        long drawing = System.nanoTime();
        built.forEach((id, chart) -> {
            boolean wide = id.equals(UsageTables.VISITS_PER_DAY) || id.equals(UsageTables.FUNNEL)
                    || id.equals(UsageTables.SHEETS);
            BufferedImage image = chart.createBufferedImage(wide ? WIDTH * 2 : WIDTH, HEIGHT);
            image.flush();
        });
        return new Timing(drawing - started, System.nanoTime() - drawing);
    }
}
