package com.neckkiosk.store;

import com.neckkiosk.stats.DateRange;
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
        load(connection, cube, filter.range());
        return cube.counts(filter);
    }

    /**
     * Reads into the cube what a range needs that it does not hold: the month packs once (the
     * measures charted by day per day, the others per month, and the days each month has visits
     * on), then the day packs of the days still missing: the months at the range's ends that have
     * no visits outside it need none. Returns the statements run.
     */
    static int load(Connection connection, UsageCube cube, DateRange range) throws SQLException {
        return load(connection, cube, range, cube.missing(range));
    }

    /** As {@link #load(Connection, UsageCube, DateRange)}, with what the cube said is missing for the range just now. */
    static int load(Connection connection, UsageCube cube, DateRange range, UsageCube.Missing missing) throws SQLException {
        if (missing.isEmpty()) {
            return 0;
        }
        int reads = 0;
        YearMonth first = null;
        YearMonth last = null;
        for (UsageCube.Months months : missing.byDay()) {
            first = earlier(first, months.first());
            last = later(last, months.last());
        }
        List<UsageCube.Months> monthSpans = new ArrayList<>(missing.months());
        for (YearMonth edge : missing.edges()) {
            monthSpans.add(new UsageCube.Months(edge, edge));
        }
        for (UsageCube.Months months : monthSpans) {
            first = earlier(first, months.first());
            last = later(last, months.last());
        }
        if (first != null) {
            MonthContents contents = new MonthContents(missing.byDay(), monthSpans);
            for (RollupPacks.Row pack : RollupPacks.read(connection, RollupPacks.Level.MONTH, first.atDay(1), last.atDay(1))) {
                contents.decode(pack);
            }
            reads++;
            for (UsageCube.Months months : missing.byDay()) {
                cube.putByDay(months, contents.days);
            }
            for (UsageCube.Months months : monthSpans) {
                cube.putMonths(months, contents.months, contents.visitDays);
            }
            missing = cube.missing(range);
        }
        for (UsageCube.Days days : missing.detail()) {
            cube.putDetail(days, detailDays(RollupPacks.read(connection, RollupPacks.Level.DAY, days.first(), days.last()),
                    days));
            reads++;
        }
        return reads;
    }

    private static YearMonth earlier(YearMonth held, YearMonth month) {
        return held == null || month.isBefore(held) ? month : held;
    }

    private static YearMonth later(YearMonth held, YearMonth month) {
        return held == null || month.isAfter(held) ? month : held;
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

    /**
     * What month packs hold for a read, each pack decoded once: the day counts of the measures
     * charted by day for the wanted months; the month rows of the others for the wanted months;
     * and for every month read, its first and last day with visits (every visit counts a result
     * on its day, so the days of the counters charted by day are the days with visits).
     */
    static final class MonthContents {
        private final List<UsageCube.Months> wantedDays;
        private final List<UsageCube.Months> wantedMonths;
        private final Map<YearMonth, List<UsageCube.DayCounts>> days = new java.util.HashMap<>();
        private final Map<YearMonth, List<UsageCube.Row>> months = new java.util.HashMap<>();
        private final Map<YearMonth, UsageCube.Days> visitDays = new java.util.HashMap<>();

        MonthContents(List<UsageCube.Months> wantedDays, List<UsageCube.Months> wantedMonths) {
            this.wantedDays = wantedDays;
            this.wantedMonths = wantedMonths;
        }

        private static boolean within(List<UsageCube.Months> spans, YearMonth month) {
            for (UsageCube.Months span : spans) {
                if (!month.isBefore(span.first()) && !month.isAfter(span.last())) {
                    return true;
                }
            }
            return false;
        }

        void decode(RollupPacks.Row pack) {
            LocalDate month = pack.period();
            YearMonth yearMonth = YearMonth.from(month);
            int length = month.lengthOfMonth();
            boolean daysWanted = within(wantedDays, yearMonth);
            boolean monthWanted = within(wantedMonths, yearMonth);
            List<UsageCube.Row> monthRows = monthWanted ? months.computeIfAbsent(yearMonth, m -> new ArrayList<>()) : null;
            List<UsageCube.DayCounts> dayCounts = daysWanted ? days.computeIfAbsent(yearMonth, m -> new ArrayList<>()) : null;
            int held = dayCounts == null ? 0 : dayCounts.size();
            int[] visited = {32, 0};
            RollupPacks.decode(pack.counts(), id -> {
                Measure measure = MEASURES.get(id);
                return measure != null && (measure.chartedByDay() || monthWanted);
            }, (measureId, bucket, visits) -> {
                Measure measure = MEASURES.get(measureId);
                if (!measure.chartedByDay()) {
                    monthRows.add(new UsageCube.Row(measure, pack.kioskId(), pack.demo(), bucket, visits));
                    return;
                }
                int slash = bucket.indexOf(DAY_SEPARATOR);
                int dayOfMonth = Integer.parseInt(bucket, 0, slash, 10);
                visited[0] = Math.min(visited[0], dayOfMonth);
                visited[1] = Math.max(visited[1], dayOfMonth);
                if (dayCounts != null) {
                    // this pack's counter of the measure and bucket: few per pack, so looked for in order
                    UsageCube.DayCounts counter = null;
                    for (int at = held; at < dayCounts.size() && counter == null; at++) {
                        UsageCube.DayCounts candidate = dayCounts.get(at);
                        if (candidate.measure() == measure && candidate.bucket().length() == bucket.length() - slash - 1
                                && bucket.startsWith(candidate.bucket(), slash + 1)) {
                            counter = candidate;
                        }
                    }
                    if (counter == null) {
                        counter = new UsageCube.DayCounts(measure, pack.kioskId(), pack.demo(), bucket.substring(slash + 1),
                                new long[length]);
                        dayCounts.add(counter);
                    }
                    counter.visits()[dayOfMonth - 1] += visits;
                }
            });
            if (visited[1] > 0) {
                UsageCube.Days known = visitDays.get(yearMonth);
                LocalDate from = month.withDayOfMonth(visited[0]);
                LocalDate until = month.withDayOfMonth(visited[1]);
                visitDays.put(yearMonth, known == null ? new UsageCube.Days(from, until) : new UsageCube.Days(
                        from.isBefore(known.first()) ? from : known.first(), until.isAfter(known.last()) ? until : known.last()));
            }
        }
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
