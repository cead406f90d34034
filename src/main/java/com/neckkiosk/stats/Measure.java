package com.neckkiosk.stats;

/**
 * What the usage rollup counts per day, kiosk and bucket. Each visit adds one to the bucket
 * of every single-valued measure, and one to each of its signs and causes.
 */
public enum Measure {
    /** the result, or {@link #NO_RESULT} for a visit that ended before one */
    DISPOSITION("disposition", true),
    /** the language code the visit ended in */
    LANGUAGE("language", false),
    /** NOT_PRINTED, PRINTED or PRINT_FAILED */
    SHEET("sheet", true),
    /** the hour of day the visit started, 0 to 23 */
    HOUR("hour", false),
    /** each warning-sign question answered yes or unsure, and {@code help_requested} */
    SIGN("sign", false),
    /** each cause given */
    CAUSE("cause", false),
    /** the pain score, 0 to 10, when answered */
    PAIN("pain", false),
    /** completed visits only: the duration, rounded down to {@link #DURATION_STEP_SECONDS} */
    DURATION("duration", false),
    /** how the visit ended and where: {@code OUTCOME:last_step} */
    ENDED("ended", false);

    /** The disposition bucket of a visit that ended before a result. */
    public static final String NO_RESULT = "NONE";
    /** Completion times are kept to this resolution, so the median is exact to within it. */
    public static final int DURATION_STEP_SECONDS = 15;
    /** Separates outcome and step in an {@link #ENDED} bucket. */
    public static final String ENDED_SEPARATOR = ":";

    private final String id;
    private final boolean chartedByDay;

    Measure(String id, boolean chartedByDay) {
        this.id = id;
        this.chartedByDay = chartedByDay;
    }

    /**
     * Charted per day, week or month (visits per day, the disposition mix, sheets), so always
     * counted per day; the others are charted as totals, or by weekday and hour (HOUR), and may
     * come as whole months' counts ({@link UsageCounts.Builder#addUndated},
     * {@link UsageCounts.Builder#addWeekdayHour}).
     */
    public boolean chartedByDay() {
        return chartedByDay;
    }

    /** As the store keeps it. */
    public String id() {
        return id;
    }

    public static Measure ofId(String id) {
        for (Measure measure : values()) {
            if (measure.id.equals(id)) {
                return measure;
            }
        }
        throw new IllegalArgumentException("unknown measure '" + id + "'");
    }
}
