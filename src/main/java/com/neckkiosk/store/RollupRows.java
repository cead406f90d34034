package com.neckkiosk.store;

import com.neckkiosk.stats.Measure;
import com.neckkiosk.stats.UsageCounts;
import com.neckkiosk.stats.UsageCube;
import com.neckkiosk.stats.UsageFilter;
import com.neckkiosk.triage.Question;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The usage rollup: visits counted per day, kiosk, demo flag, {@link Measure} and bucket, kept in
 * {@link RollupPacks} (V8: one row per day, kiosk and demo flag holding all its counters, and the
 * same per month). Every visit write moves the counts of the row it replaces out and its own in,
 * in the same transaction, so the dashboard never reads the visit table. {@link #rebuild} fills
 * it from the visits with plain SQL that gives the same counts as {@link #cellsOf}; a test holds
 * the two together.
 */
final class RollupRows {

    /** One counter of the rollup. */
    record Cell(LocalDate day, String kioskId, boolean demo, Measure measure, String bucket) {
    }

    /** In a month's pack, between the day of month and the bucket of a measure charted by day ("14/URGENT"). */
    static final char DAY_SEPARATOR = '/';

    private static final String DAY = "CAST(v.started_hour AS DATE)";
    private static final String GROUP = " GROUP BY " + DAY + ", v.kiosk_id, v.demo, ";
    private static final String INTO = "SELECT " + DAY + ", v.kiosk_id, v.demo, ";

    /**
     * The rollup's counters from the visits (day, kiosk, demo, measure, bucket, visits), in SQL
     * that H2 and PostgreSQL both take.
     */
    static final List<String> FROM_VISITS = List.of(
            single(Measure.DISPOSITION, "COALESCE(v.disposition, '" + Measure.NO_RESULT + "')", ""),
            single(Measure.LANGUAGE, "v.language", ""),
            single(Measure.SHEET, "v.sheet_status", ""),
            single(Measure.HOUR, "CAST(EXTRACT(HOUR FROM v.started_hour) AS VARCHAR(2))", ""),
            single(Measure.ENDED, "v.outcome || '" + Measure.ENDED_SEPARATOR + "' || v.last_step", ""),
            single(Measure.DURATION, "CAST((v.duration_seconds / " + Measure.DURATION_STEP_SECONDS + ") * "
                    + Measure.DURATION_STEP_SECONDS + " AS VARCHAR(20))", " WHERE v.outcome = 'COMPLETED'"),
            INTO + "'" + Measure.SIGN.id() + "', 'help_requested', COUNT(*) FROM visit v WHERE v.help_requested = TRUE"
                    + GROUP + "'help_requested'",
            answers(Measure.SIGN, "a.question_id", "a.answer IN ('yes', 'unsure')"),
            answers(Measure.CAUSE, "a.answer", "a.question_id = 'causes' AND a.answer <> ''"),
            answers(Measure.PAIN, "a.answer", "a.question_id = 'pain_score'"));

    /** Measures by id; an id missing here was counted by a newer program version sharing the server. */
    private static final Map<String, Measure> MEASURES = new LinkedHashMap<>();

    static {
        for (Measure measure : Measure.values()) {
            MEASURES.put(measure.id(), measure);
        }
    }

    private RollupRows() {
    }

    /** What one visit adds to the rollup. */
    static List<Cell> cellsOf(VisitRecord visit) {
        List<Cell> cells = new ArrayList<>();
        LocalDate day = visit.startedHour().toLocalDate();
        java.util.function.BiConsumer<Measure, String> add =
                (measure, bucket) -> cells.add(new Cell(day, visit.kioskId(), visit.demo(), measure, bucket));
        add.accept(Measure.DISPOSITION, visit.disposition() == null ? Measure.NO_RESULT : visit.disposition().name());
        add.accept(Measure.LANGUAGE, visit.language().code());
        add.accept(Measure.SHEET, visit.sheet().name());
        add.accept(Measure.HOUR, Integer.toString(visit.startedHour().getHour()));
        add.accept(Measure.ENDED, visit.outcome().name() + Measure.ENDED_SEPARATOR + visit.lastStep());
        if (visit.outcome() == VisitRecord.Outcome.COMPLETED) {
            long step = Measure.DURATION_STEP_SECONDS;
            add.accept(Measure.DURATION, Long.toString(visit.durationSeconds() / step * step));
        }
        if (visit.helpRequested()) {
            add.accept(Measure.SIGN, "help_requested");
        }
        for (AnswerRows.Row row : AnswerRows.rowsOf(visit.answers())) {
            if (row.answer().equals("yes") || row.answer().equals("unsure")) {
                add.accept(Measure.SIGN, row.questionId());
            } else if (row.questionId().equals(Question.CAUSES.id()) && !row.answer().isEmpty()) {
                add.accept(Measure.CAUSE, row.answer());
            } else if (row.questionId().equals(Question.PAIN_SCORE.id())) {
                add.accept(Measure.PAIN, row.answer());
            }
        }
        return cells;
    }

    /**
     * The month-level counter a day's counter adds to: the month's first day; for the hour
     * measure the bucket {@code weekday:hour} (ISO weekday), which the heat map needs; for the
     * measures charted by day {@code dayOfMonth/bucket}, so whole months chart them by day.
     */
    static Cell monthOf(Cell day) {
        String bucket = day.measure() == Measure.HOUR
                ? day.day().getDayOfWeek().getValue() + Measure.ENDED_SEPARATOR + day.bucket()
                : day.measure().chartedByDay() ? day.day().getDayOfMonth() + String.valueOf(DAY_SEPARATOR) + day.bucket()
                : day.bucket();
        return new Cell(day.day().withDayOfMonth(1), day.kioskId(), day.demo(), day.measure(), bucket);
    }

    /** The month level's changes for the day level's. */
    static Map<Cell, Long> months(Map<Cell, Long> days) {
        Map<Cell, Long> months = new java.util.HashMap<>();
        days.forEach((cell, delta) -> months.merge(monthOf(cell), delta, Long::sum));
        return months;
    }

    /** Adds {@code sign} (1 or -1) times each visit's cells to {@code deltas}. */
    static void collect(Map<Cell, Long> deltas, VisitRecord visit, int sign) {
        for (Cell cell : cellsOf(visit)) {
            deltas.merge(cell, (long) sign, Long::sum);
        }
    }

    /** Applies day-level counter changes to both levels; a counter that reaches zero is removed. */
    static void apply(Connection connection, Map<Cell, Long> deltas) throws SQLException {
        RollupPacks.apply(connection, RollupPacks.Level.DAY, packs(deltas));
        RollupPacks.apply(connection, RollupPacks.Level.MONTH, packs(months(deltas)));
        RollupChanges.mark(connection, days(deltas));
    }

    private static java.util.Set<RollupChanges.DayKiosk> days(Map<Cell, Long> cells) {
        java.util.Set<RollupChanges.DayKiosk> days = new java.util.HashSet<>();
        cells.keySet().forEach(cell -> days.add(new RollupChanges.DayKiosk(cell.day(), cell.kioskId())));
        return days;
    }

    /** Counter changes by the pack that holds them (a day's, or a month's for month-level cells); zeros left out. */
    private static Map<RollupPacks.Key, Map<String, Long>> packs(Map<Cell, Long> cells) {
        Map<RollupPacks.Key, Map<String, Long>> packs = new java.util.HashMap<>();
        cells.forEach((cell, visits) -> {
            if (visits != 0) {
                packs.computeIfAbsent(new RollupPacks.Key(cell.day(), cell.kioskId(), cell.demo()),
                        key -> new java.util.HashMap<>()).merge(RollupPacks.counter(cell.measure().id(), cell.bucket()),
                        visits, Long::sum);
            }
        });
        return packs;
    }

    /**
     * As {@link #apply} for counters that only grow, with plain inserts when the rollup is empty
     * (a bulk load into a fresh database: no row to update, so none is looked for).
     */
    static void add(Connection connection, Map<Cell, Long> increases) throws SQLException {
        for (Long visits : increases.values()) {
            if (visits <= 0) {
                throw new IllegalArgumentException("a bulk load only adds counts: " + visits);
            }
        }
        add(connection, RollupPacks.Level.DAY, packs(increases));
        add(connection, RollupPacks.Level.MONTH, packs(months(increases)));
        RollupChanges.mark(connection, days(increases));
    }

    private static void add(Connection connection, RollupPacks.Level level, Map<RollupPacks.Key, Map<String, Long>> packs)
            throws SQLException {
        if (isEmpty(connection, level)) {
            RollupPacks.insertAll(connection, level, packs);
        } else {
            RollupPacks.apply(connection, level, packs);
        }
    }

    private static boolean isEmpty(Connection connection, RollupPacks.Level level) throws SQLException {
        return !exists(connection, "SELECT 1 FROM " + level.table + " FETCH FIRST 1 ROWS ONLY");
    }

    private static boolean exists(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.next();
        }
    }

    /** Empties both levels and fills them again from the visits (the months from the days). */
    static void rebuild(Connection connection) throws SQLException {
        Map<Cell, Long> cells = new java.util.HashMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM " + RollupPacks.Level.DAY.table);
            statement.executeUpdate("DELETE FROM " + RollupPacks.Level.MONTH.table);
            for (String fill : FROM_VISITS) {
                try (ResultSet row = statement.executeQuery(fill)) {
                    while (row.next()) {
                        cells.merge(new Cell(row.getObject(1, LocalDate.class), row.getString(2), row.getBoolean(3),
                                Measure.ofId(row.getString(4)), row.getString(5)), row.getLong(6), Long::sum);
                    }
                }
            }
        }
        RollupPacks.insertAll(connection, RollupPacks.Level.DAY, packs(cells));
        RollupPacks.insertAll(connection, RollupPacks.Level.MONTH, packs(months(cells)));
        RollupChanges.markEverything(connection);
    }

    /** Empties the month level and fills it from the day level. */
    static void rebuildMonths(Connection connection) throws SQLException {
        Map<Cell, Long> days = new java.util.HashMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM " + RollupPacks.Level.MONTH.table);
        }
        for (RollupPacks.Row pack : RollupPacks.read(connection, RollupPacks.Level.DAY, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))) {
            RollupPacks.decode(pack.counts(), (measureId, bucket, visits) -> {
                Measure measure = MEASURES.get(measureId);
                if (measure != null) { // else counted by a newer program version sharing this server
                    days.merge(new Cell(pack.period(), pack.kioskId(), pack.demo(), measure, bucket), visits, Long::sum);
                }
            });
        }
        RollupPacks.insertAll(connection, RollupPacks.Level.MONTH, packs(months(days)));
        RollupChanges.markEverything(connection);
    }

    /**
     * Fills what an upgrade or a repair left empty, with checks that read at most one row each:
     * the whole rollup of a database with visits and no daily counts, the month level of one with
     * daily counts and no monthly ones.
     */
    static boolean rebuildIfMissing(Connection connection) throws SQLException {
        if (isEmpty(connection, RollupPacks.Level.DAY)) {
            if (!exists(connection, "SELECT 1 FROM visit FETCH FIRST 1 ROWS ONLY")) {
                return false;
            }
            rebuild(connection);
            return true;
        }
        if (isEmpty(connection, RollupPacks.Level.MONTH)) {
            rebuildMonths(connection);
            return true;
        }
        return false;
    }

    /** A filter's counts, read as the dashboard's {@link UsageCube} reads them, and added up the same way. */
    static UsageCounts read(Connection connection, UsageFilter filter) throws SQLException {
        UsageCube cube = new UsageCube();
        UsageCube.Missing missing = cube.missing(filter.range());
        for (UsageCube.Days days : missing.byDay()) {
            cube.putByDay(days, readDays(connection, days, true));
        }
        for (UsageCube.Months months : missing.months()) {
            cube.putMonths(months, readMonths(connection, months));
        }
        for (UsageCube.Days days : missing.detail()) {
            cube.putDetail(days, readDays(connection, days, false));
        }
        return cube.counts(filter);
    }

    /**
     * Day rows of every kiosk for these days, of the measures charted by day (from the month
     * packs, which keep their days: a dozen rows a year per kiosk) or of the others (from the day
     * packs).
     */
    static Map<LocalDate, List<UsageCube.Row>> readDays(Connection connection, UsageCube.Days days,
            boolean chartedByDay) throws SQLException {
        Map<LocalDate, List<UsageCube.Row>> rows = new java.util.HashMap<>();
        if (!chartedByDay) {
            return detailDays(RollupPacks.read(connection, RollupPacks.Level.DAY, days.first(), days.last()), days);
        }
        return chartedDays(monthPacks(connection, YearMonth.from(days.first()), YearMonth.from(days.last())), days);
    }

    /** Day rows of the measures not charted by day, for these days, from day packs. */
    static Map<LocalDate, List<UsageCube.Row>> detailDays(List<RollupPacks.Row> dayPacks, UsageCube.Days days) {
        Map<LocalDate, List<UsageCube.Row>> rows = new java.util.HashMap<>();
        for (RollupPacks.Row pack : dayPacks) {
            if (pack.period().isBefore(days.first()) || pack.period().isAfter(days.last())) {
                continue;
            }
            List<UsageCube.Row> dayRows = rows.computeIfAbsent(pack.period(), d -> new ArrayList<>());
            RollupPacks.decode(pack.counts(), RollupRows::notChartedByDay, (measureId, bucket, visits) -> {
                Measure measure = MEASURES.get(measureId);
                if (measure != null && !measure.chartedByDay()) {
                    dayRows.add(new UsageCube.Row(measure, pack.kioskId(), pack.demo(), bucket, visits));
                }
            });
        }
        return rows;
    }

    /** The month packs of every kiosk from {@code first} to {@code last}: one read serves both kinds of rows below. */
    static List<RollupPacks.Row> monthPacks(Connection connection, YearMonth first, YearMonth last) throws SQLException {
        return RollupPacks.read(connection, RollupPacks.Level.MONTH, first.atDay(1), last.atDay(1));
    }

    /** Day rows of the measures charted by day, for these days, from month packs that cover them. */
    static Map<LocalDate, List<UsageCube.Row>> chartedDays(List<RollupPacks.Row> monthPacks, UsageCube.Days days) {
        Map<LocalDate, List<UsageCube.Row>> rows = new java.util.HashMap<>();
        for (RollupPacks.Row pack : monthPacks) {
            LocalDate month = pack.period();
            if (month.isAfter(days.last()) || !month.plusMonths(1).isAfter(days.first())) {
                continue;
            }
            // the days of this month that are wanted, as days of the month: no date per counter
            int firstDay = month.isBefore(days.first()) ? days.first().getDayOfMonth() : 1;
            int lastDay = YearMonth.from(month).equals(YearMonth.from(days.last())) ? days.last().getDayOfMonth()
                    : month.lengthOfMonth();
            List<List<UsageCube.Row>> byDayOfMonth = new ArrayList<>(java.util.Collections.nCopies(32, null));
            RollupPacks.decode(pack.counts(), RollupRows::chartedByDay, (measureId, bucket, visits) -> {
                Measure measure = MEASURES.get(measureId);
                if (measure != null && measure.chartedByDay()) {
                    int slash = bucket.indexOf(DAY_SEPARATOR);
                    int dayOfMonth = Integer.parseInt(bucket, 0, slash, 10);
                    if (dayOfMonth >= firstDay && dayOfMonth <= lastDay) {
                        List<UsageCube.Row> dayRows = byDayOfMonth.get(dayOfMonth);
                        if (dayRows == null) {
                            dayRows = new ArrayList<>();
                            byDayOfMonth.set(dayOfMonth, dayRows);
                        }
                        dayRows.add(new UsageCube.Row(measure, pack.kioskId(), pack.demo(), bucket.substring(slash + 1),
                                visits));
                    }
                }
            });
            for (int dayOfMonth = firstDay; dayOfMonth <= lastDay; dayOfMonth++) {
                List<UsageCube.Row> dayRows = byDayOfMonth.get(dayOfMonth);
                if (dayRows != null) {
                    rows.computeIfAbsent(month.withDayOfMonth(dayOfMonth), d -> new ArrayList<>()).addAll(dayRows);
                }
            }
        }
        return rows;
    }

    /** Month rows of every kiosk for these months, of the measures not charted by day. */
    static Map<YearMonth, List<UsageCube.Row>> readMonths(Connection connection, UsageCube.Months months)
            throws SQLException {
        return monthRows(monthPacks(connection, months.first(), months.last()), months);
    }

    /** Month rows of the measures not charted by day, for these months, from month packs that cover them. */
    static Map<YearMonth, List<UsageCube.Row>> monthRows(List<RollupPacks.Row> monthPacks, UsageCube.Months months) {
        Map<YearMonth, List<UsageCube.Row>> rows = new java.util.HashMap<>();
        for (RollupPacks.Row pack : monthPacks) {
            YearMonth month = YearMonth.from(pack.period());
            if (month.isBefore(months.first()) || month.isAfter(months.last())) {
                continue;
            }
            List<UsageCube.Row> monthRows = rows.computeIfAbsent(month, m -> new ArrayList<>());
            RollupPacks.decode(pack.counts(), RollupRows::notChartedByDay, (measureId, bucket, visits) -> {
                Measure measure = MEASURES.get(measureId);
                if (measure != null && !measure.chartedByDay()) {
                    monthRows.add(new UsageCube.Row(measure, pack.kioskId(), pack.demo(), bucket, visits));
                }
            });
        }
        return rows;
    }

    /** A measure charted by day (a month pack's counters of it are per day); unknown ids are not. */
    private static boolean chartedByDay(String measureId) {
        Measure measure = MEASURES.get(measureId);
        return measure != null && measure.chartedByDay();
    }

    /** A measure this program knows that is not charted by day. */
    private static boolean notChartedByDay(String measureId) {
        Measure measure = MEASURES.get(measureId);
        return measure != null && !measure.chartedByDay();
    }

    static List<String> kioskIds(Connection connection) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             // every visit counts in its month's pack: a few rows per kiosk-month
             ResultSet row = statement.executeQuery("SELECT DISTINCT kiosk_id FROM usage_month_pack ORDER BY kiosk_id")) {
            while (row.next()) {
                ids.add(row.getString(1));
            }
        }
        return ids;
    }

    private static String single(Measure measure, String bucket, String where) {
        return INTO + "'" + measure.id() + "', " + bucket + ", COUNT(*) FROM visit v" + where + GROUP + bucket;
    }

    private static String answers(Measure measure, String bucket, String where) {
        return INTO + "'" + measure.id() + "', " + bucket + ", COUNT(*) FROM visit v"
                + " JOIN visit_answer a ON a.visit_id = v.id WHERE " + where + GROUP + bucket;
    }
}
