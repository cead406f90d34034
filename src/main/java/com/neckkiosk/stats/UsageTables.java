package com.neckkiosk.stats;

import com.neckkiosk.triage.Cause;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.QuestionFlow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds the table behind each dashboard chart from a filter's counts: plain Java, so every
 * bucket, the funnel and the tiles are tested without a window.
 */
public final class UsageTables {

    public static final String VISITS_PER_DAY = "visits_per_day";
    public static final String DISPOSITION_MIX = "disposition_mix";
    public static final String WARNING_SIGNS = "warning_signs";
    public static final String CAUSES = "causes";
    public static final String PAIN = "pain_scores";
    public static final String HOUR_BY_WEEKDAY = "hour_by_weekday";
    public static final String FUNNEL = "completion_funnel";
    public static final String LANGUAGES = "languages";
    public static final String SHEETS = "sheets";

    /** Every chart, in the order the dashboard shows them. */
    public static final List<String> ALL = List.of(VISITS_PER_DAY, DISPOSITION_MIX, HOUR_BY_WEEKDAY, WARNING_SIGNS,
            CAUSES, PAIN, FUNNEL, LANGUAGES, SHEETS);

    /** The disposition series, most urgent first, then visits that ended before a result. */
    public static final List<String> DISPOSITIONS = dispositions();
    public static final String HELP_REQUESTED = "help_requested";
    public static final String COUNT = "visits";
    /** Funnel series: stacked, they add up to the visits that reached each step. */
    public static final List<String> FUNNEL_SERIES = List.of("went_on", "ABANDONED", "TIMED_OUT");
    /** Funnel column for a step the wizard does not list in order (the help screen). */
    public static final String OTHER_STEP = "other";
    public static final List<String> SHEET_SERIES = List.of("PRINTED", "PRINT_FAILED");

    /** Ranges up to this many days are shown per day in the mix and sheet charts, then per week. */
    static final int DAILY_UP_TO = 31;
    /** Ranges up to this many days are shown per week, longer ones per month. */
    static final int WEEKLY_UP_TO = 183;

    private UsageTables() {
    }

    /** Every chart's table, by id, in {@link #ALL} order. */
    public static Map<String, CountTable> all(UsageCounts counts) {
        Map<String, CountTable> tables = new LinkedHashMap<>();
        tables.put(VISITS_PER_DAY, visitsPerDay(counts));
        tables.put(DISPOSITION_MIX, dispositionMix(counts));
        tables.put(HOUR_BY_WEEKDAY, hourByWeekday(counts));
        tables.put(WARNING_SIGNS, warningSigns(counts));
        tables.put(CAUSES, causes(counts));
        tables.put(PAIN, painScores(counts));
        tables.put(FUNNEL, funnel(counts));
        tables.put(LANGUAGES, languages(counts));
        tables.put(SHEETS, sheets(counts));
        return tables;
    }

    public static CountTable visitsPerDay(UsageCounts counts) {
        List<LocalDate> days = counts.range().eachDay();
        long[][] cells = new long[DISPOSITIONS.size()][days.size()];
        for (int row = 0; row < DISPOSITIONS.size(); row++) {
            Map<LocalDate, Long> byDay = counts.byDay(Measure.DISPOSITION, DISPOSITIONS.get(row));
            for (int column = 0; column < days.size(); column++) {
                cells[row][column] = byDay.getOrDefault(days.get(column), 0L);
            }
        }
        return new CountTable(VISITS_PER_DAY, "day", DISPOSITIONS, days.stream().map(LocalDate::toString).toList(), cells);
    }

    /** Dispositions per period (day, week or month, by the range's length). */
    public static CountTable dispositionMix(UsageCounts counts) {
        return perPeriod(DISPOSITION_MIX, counts, Measure.DISPOSITION, DISPOSITIONS);
    }

    /** Sheets printed and failed per period. */
    public static CountTable sheets(UsageCounts counts) {
        return perPeriod(SHEETS, counts, Measure.SHEET, SHEET_SERIES);
    }

    /** Visits by weekday (rows, Monday first) and hour of day (columns, 0 to 23). */
    public static CountTable hourByWeekday(UsageCounts counts) {
        List<String> weekdays = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            weekdays.add(day.name());
        }
        List<String> hours = new ArrayList<>();
        long[][] cells = counts.weekdayHours();
        for (int hour = 0; hour < 24; hour++) {
            hours.add(Integer.toString(hour));
        }
        return new CountTable(HOUR_BY_WEEKDAY, "hour", weekdays, hours, cells);
    }

    /** Visits reporting each warning sign (yes or unsure), most reported first; help requests too. */
    public static CountTable warningSigns(UsageCounts counts) {
        List<String> signs = new ArrayList<>();
        signs.add(HELP_REQUESTED);
        for (Question question : QuestionFlow.ORDER) {
            if (question.kind() == Question.Kind.REPLY) {
                signs.add(question.id());
            }
        }
        return ranked(WARNING_SIGNS, "warning_sign", counts.totals(Measure.SIGN), signs);
    }

    public static CountTable causes(UsageCounts counts) {
        List<String> causes = new ArrayList<>();
        for (Cause cause : Cause.values()) {
            causes.add(cause.id());
        }
        return ranked(CAUSES, "cause", counts.totals(Measure.CAUSE), causes);
    }

    public static CountTable painScores(UsageCounts counts) {
        List<String> scores = new ArrayList<>();
        long[][] cells = new long[1][11];
        for (int score = 0; score <= 10; score++) {
            scores.add(Integer.toString(score));
            cells[0][score] = counts.total(Measure.PAIN, Integer.toString(score));
        }
        return new CountTable(PAIN, "pain_score", List.of(COUNT), scores, cells);
    }

    public static CountTable languages(UsageCounts counts) {
        Map<String, Long> totals = new TreeMap<>(counts.totals(Measure.LANGUAGE));
        long[][] cells = new long[1][totals.size()];
        int column = 0;
        for (long visits : totals.values()) {
            cells[0][column++] = visits;
        }
        return new CountTable(LANGUAGES, "language", List.of(COUNT), new ArrayList<>(totals.keySet()), cells);
    }

    /** The wizard's steps in order: the intro, each question in asking order, the result. */
    public static List<String> funnelSteps() {
        List<String> steps = new ArrayList<>();
        steps.add("intro");
        QuestionFlow.ORDER.forEach(question -> steps.add(question.id()));
        steps.add("result");
        return steps;
    }

    /**
     * For each step: visits that went on past it, and those that were abandoned or timed out
     * on it. Stacked, they are the visits that reached the step. A visit that ended on a step
     * outside the order (the help screen) counts under {@link #OTHER_STEP} and as having
     * reached only the intro.
     */
    public static CountTable funnel(UsageCounts counts) {
        List<String> steps = funnelSteps();
        List<String> columns = new ArrayList<>(steps);
        columns.add(OTHER_STEP);
        long[] endedAt = new long[columns.size()];
        long[][] cells = new long[FUNNEL_SERIES.size()][columns.size()];
        int other = columns.size() - 1;
        counts.totals(Measure.ENDED).forEach((bucket, visits) -> {
            int split = bucket.indexOf(Measure.ENDED_SEPARATOR);
            int step = steps.indexOf(bucket.substring(split + 1));
            endedAt[Math.max(step, 0)] += visits;
            int row = FUNNEL_SERIES.indexOf(bucket.substring(0, split));
            if (row > 0) {
                cells[row][step < 0 ? other : step] += visits;
            }
        });
        // reached(step) = visits that ended on it or later
        long later = 0;
        for (int column = steps.size() - 1; column >= 0; column--) {
            later += endedAt[column];
            long droppedHere = cells[1][column] + cells[2][column];
            cells[0][column] = later - droppedHere;
        }
        return new CountTable(FUNNEL, "step", FUNNEL_SERIES, columns, cells);
    }

    public static Summary summary(UsageCounts counts) {
        long visits = counts.visits();
        long withResult = visits - counts.total(Measure.DISPOSITION, Measure.NO_RESULT);
        long urgent = counts.total(Measure.DISPOSITION, Disposition.EMERGENCY.name())
                + counts.total(Measure.DISPOSITION, Disposition.URGENT.name());
        long printed = counts.total(Measure.SHEET, "PRINTED");
        long failed = counts.total(Measure.SHEET, "PRINT_FAILED");
        return new Summary(visits,
                withResult == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) urgent / withResult),
                medianDuration(counts.totals(Measure.DURATION)),
                printed + failed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) printed / (printed + failed)),
                counts.demoVisits());
    }

    /** The lower median of the completed visits' duration buckets, as the middle of its bucket. */
    static OptionalLong medianDuration(Map<String, Long> buckets) {
        TreeMap<Long, Long> sorted = new TreeMap<>();
        buckets.forEach((bucket, visits) -> sorted.merge(Long.parseLong(bucket), visits, Long::sum));
        long total = sorted.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return OptionalLong.empty();
        }
        long middle = (total + 1) / 2;
        long seen = 0;
        for (Map.Entry<Long, Long> bucket : sorted.entrySet()) {
            seen += bucket.getValue();
            if (seen >= middle) {
                return OptionalLong.of(bucket.getKey() + Measure.DURATION_STEP_SECONDS / 2);
            }
        }
        throw new AssertionError("unreachable");
    }

    /** The periods a range is shown in: days, weeks (from Monday) or months. */
    public enum Grain {
        DAY, WEEK, MONTH;

        public static Grain of(DateRange range) {
            return range.days() <= DAILY_UP_TO ? DAY : range.days() <= WEEKLY_UP_TO ? WEEK : MONTH;
        }

        /** The period's label: its first day ({@code 2026-03-09}), or the month ({@code 2026-03}). */
        public String periodOf(LocalDate day) {
            switch (this) {
                case DAY:
                    return day.toString();
                case WEEK:
                    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
                default:
                    return day.toString().substring(0, 7);
            }
        }
    }

    private static CountTable perPeriod(String id, UsageCounts counts, Measure measure, List<String> series) {
        Grain grain = Grain.of(counts.range());
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<LocalDate> days = counts.range().eachDay();
        int[] columnOfDay = new int[days.size()]; // each day's period worked out once, not once per series
        for (int i = 0; i < columnOfDay.length; i++) {
            columnOfDay[i] = columns.computeIfAbsent(grain.periodOf(days.get(i)), period -> columns.size());
        }
        long first = counts.range().first().toEpochDay();
        long[][] cells = new long[series.size()][columns.size()];
        for (int row = 0; row < series.size(); row++) {
            int r = row;
            counts.byDay(measure, series.get(row))
                    .forEach((day, visits) -> cells[r][columnOfDay[(int) (day.toEpochDay() - first)]] += visits);
        }
        return new CountTable(id, grain.name().toLowerCase(java.util.Locale.ROOT), series,
                new ArrayList<>(columns.keySet()), cells);
    }

    /** One row of totals over the known keys (and any others), most first, ties in the known order. */
    private static CountTable ranked(String id, String categoryName, Map<String, Long> totals, List<String> known) {
        List<String> keys = new ArrayList<>(known);
        totals.keySet().stream().filter(key -> !keys.contains(key)).sorted().forEach(keys::add);
        Function<String, Long> visits = key -> totals.getOrDefault(key, 0L);
        List<String> ordered = keys.stream()
                .sorted(Comparator.comparing(visits).reversed().thenComparing(keys::indexOf))
                .toList();
        long[][] cells = new long[1][ordered.size()];
        for (int column = 0; column < ordered.size(); column++) {
            cells[0][column] = visits.apply(ordered.get(column));
        }
        return new CountTable(id, categoryName, List.of(COUNT), ordered, cells);
    }

    private static List<String> dispositions() {
        List<String> keys = new ArrayList<>();
        for (Disposition disposition : Disposition.values()) {
            keys.add(disposition.name());
        }
        keys.add(Measure.NO_RESULT);
        return List.copyOf(keys);
    }
}
