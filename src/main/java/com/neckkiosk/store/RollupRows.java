package com.neckkiosk.store;

import com.neckkiosk.stats.Measure;
import com.neckkiosk.stats.UsageCounts;
import com.neckkiosk.stats.UsageCube;
import com.neckkiosk.stats.UsageFilter;
import com.neckkiosk.triage.Question;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The usage rollup (table {@code usage_rollup}, migration V5): visits counted per day,
 * kiosk, demo flag, {@link Measure} and bucket. Every visit write moves the counts of the
 * row it replaces out and its own in, in the same transaction, so the dashboard never reads
 * the visit table. {@link #rebuild} fills it from the visits with plain SQL that gives the
 * same counts as {@link #cellsOf}; a test holds the two together.
 */
final class RollupRows {

    /** One counter of the rollup. */
    record Cell(LocalDate day, String kioskId, boolean demo, Measure measure, String bucket) {
    }

    /** The primary key's order: a bulk load's counters then go into the index in sequence, not at random. */
    private static final Comparator<Cell> KEY_ORDER = Comparator.comparing((Cell cell) -> cell.measure().id())
            .thenComparing(Cell::day).thenComparing(Cell::kioskId).thenComparing(Cell::demo).thenComparing(Cell::bucket);

    /** The two levels: counts per day, and the same per calendar month (V6). */
    enum Level {
        DAY("usage_rollup", "visit_day"), MONTH("usage_rollup_month", "visit_month");

        final String table;
        final String period;

        Level(String table, String period) {
            this.table = table;
            this.period = period;
        }
    }

    private static final String DAY = "CAST(v.started_hour AS DATE)";
    private static final String GROUP = " GROUP BY " + DAY + ", v.kiosk_id, v.demo, ";
    private static final String INTO = "INSERT INTO usage_rollup (visit_day, kiosk_id, demo, measure, bucket, visits)"
            + " SELECT " + DAY + ", v.kiosk_id, v.demo, ";

    /** The rollup from the visits, in SQL that H2 and PostgreSQL both take. */
    private static final List<String> FILL = List.of(
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
     * The month-level counter a day's counter adds to: the month's first day, and for the hour
     * measure the bucket {@code weekday:hour} (ISO weekday), which the heat map needs.
     */
    static Cell monthOf(Cell day) {
        String bucket = day.measure() == Measure.HOUR
                ? day.day().getDayOfWeek().getValue() + Measure.ENDED_SEPARATOR + day.bucket() : day.bucket();
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
        apply(connection, Level.DAY, deltas);
        apply(connection, Level.MONTH, months(deltas));
        RollupChanges.mark(connection, days(deltas));
    }

    private static java.util.Set<RollupChanges.DayKiosk> days(Map<Cell, Long> cells) {
        java.util.Set<RollupChanges.DayKiosk> days = new java.util.HashSet<>();
        cells.keySet().forEach(cell -> days.add(new RollupChanges.DayKiosk(cell.day(), cell.kioskId())));
        return days;
    }

    private static String insertSql(Level level) {
        return "INSERT INTO " + level.table + " (visits, " + level.period + ", kiosk_id, demo, measure, bucket)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
    }

    private static void apply(Connection connection, Level level, Map<Cell, Long> deltas) throws SQLException {
        String key = level.period + " = ? AND kiosk_id = ? AND demo = ? AND measure = ? AND bucket = ?";
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + level.table
                + " SET visits = visits + ? WHERE " + key);
             PreparedStatement insert = connection.prepareStatement(insertSql(level));
             PreparedStatement deleteLast = connection.prepareStatement("DELETE FROM " + level.table
                     + " WHERE visits = ? AND " + key)) {
            List<Map.Entry<Cell, Long>> increases = new ArrayList<>();
            List<Map.Entry<Cell, Long>> inKeyOrder = new ArrayList<>(deltas.entrySet());
            inKeyOrder.sort(Map.Entry.comparingByKey(KEY_ORDER));
            for (Map.Entry<Cell, Long> delta : inKeyOrder) {
                if (delta.getValue() > 0) {
                    increases.add(delta);
                } else if (delta.getValue() < 0) {
                    // the visit being replaced added this cell, so the row exists
                    bind(deleteLast, delta.getKey(), -delta.getValue());
                    if (deleteLast.executeUpdate() == 0) {
                        bind(update, delta.getKey(), delta.getValue());
                        if (update.executeUpdate() != 1) {
                            throw new SQLException("the usage rollup lacks " + delta.getKey() + "; rebuild it");
                        }
                    }
                }
            }
            for (Map.Entry<Cell, Long> delta : increases) {
                bind(update, delta.getKey(), delta.getValue());
                update.addBatch();
            }
            int[] updated = update.executeBatch();
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    bind(insert, increases.get(i).getKey(), increases.get(i).getValue());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /**
     * As {@link #apply} for counters that only grow, with plain inserts when the rollup is empty
     * (a bulk load into a fresh database: no row to update, so none is looked for).
     */
    static void add(Connection connection, Map<Cell, Long> increases) throws SQLException {
        add(connection, Level.DAY, increases);
        add(connection, Level.MONTH, months(increases));
        RollupChanges.mark(connection, days(increases));
    }

    private static void add(Connection connection, Level level, Map<Cell, Long> increases) throws SQLException {
        if (!isEmpty(connection, level)) {
            apply(connection, level, increases);
            return;
        }
        insertAll(connection, level, increases);
    }

    private static boolean isEmpty(Connection connection, Level level) throws SQLException {
        return !exists(connection, "SELECT 1 FROM " + level.table + " FETCH FIRST 1 ROWS ONLY");
    }

    private static boolean exists(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.next();
        }
    }

    /** Plain inserts in primary-key order, into a level with none of these counters yet. */
    private static void insertAll(Connection connection, Level level, Map<Cell, Long> increases) throws SQLException {
        List<Map.Entry<Cell, Long>> inKeyOrder = new ArrayList<>(increases.entrySet());
        inKeyOrder.sort(Map.Entry.comparingByKey(KEY_ORDER));
        try (PreparedStatement insert = connection.prepareStatement(insertSql(level))) {
            int pending = 0;
            for (Map.Entry<Cell, Long> increase : inKeyOrder) {
                if (increase.getValue() <= 0) {
                    throw new IllegalArgumentException("a bulk load only adds counts: " + increase);
                }
                bind(insert, increase.getKey(), increase.getValue());
                insert.addBatch();
                if (++pending % 10_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement statement, Cell cell, long visits) throws SQLException {
        statement.setLong(1, visits);
        bindKey(statement, 2, cell);
    }

    private static void bindKey(PreparedStatement statement, int first, Cell cell) throws SQLException {
        statement.setObject(first, cell.day());
        statement.setString(first + 1, cell.kioskId());
        statement.setBoolean(first + 2, cell.demo());
        statement.setString(first + 3, cell.measure().id());
        statement.setString(first + 4, cell.bucket());
    }

    /** Empties both levels and fills them again from the visits (the months from the days). */
    static void rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM usage_rollup");
            for (String fill : FILL) {
                statement.executeUpdate(fill);
            }
        }
        rebuildMonths(connection);
    }

    /** Empties the month level and fills it from the day level. */
    static void rebuildMonths(Connection connection) throws SQLException {
        Map<Cell, Long> months = new java.util.HashMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM usage_rollup_month");
            try (ResultSet row = statement.executeQuery(
                    "SELECT visit_day, kiosk_id, demo, measure, bucket, visits FROM usage_rollup")) {
                while (row.next()) {
                    Measure measure = MEASURES.get(row.getString(4));
                    if (measure != null) { // else counted by a newer program version sharing this server
                        Cell day = new Cell(row.getObject(1, LocalDate.class), row.getString(2), row.getBoolean(3),
                                measure, row.getString(5));
                        months.merge(monthOf(day), row.getLong(6), Long::sum);
                    }
                }
            }
        }
        insertAll(connection, Level.MONTH, months);
        RollupChanges.markEverything(connection);
    }

    /**
     * Fills what an upgrade left empty, with checks that read at most one row each: the whole
     * rollup of a database from before V5 (visits, no daily counts), the month level of one
     * from before V6 (daily counts, no monthly ones).
     */
    static boolean rebuildIfMissing(Connection connection) throws SQLException {
        if (isEmpty(connection, Level.DAY)) {
            if (!exists(connection, "SELECT 1 FROM visit FETCH FIRST 1 ROWS ONLY")) {
                return false;
            }
            rebuild(connection);
            return true;
        }
        if (isEmpty(connection, Level.MONTH)) {
            rebuildMonths(connection);
            return true;
        }
        return false;
    }

    /**
     * A filter's counts. Disposition and sheet counts (charted per day or period) come from the
     * day level; every other measure from the month level for the whole calendar months in the
     * range and from the day level for the days before and after them. Each read is one measure's
     * range of a primary key, only the columns needed.
     */
    static UsageCounts read(Connection connection, UsageFilter filter) throws SQLException {
        LocalDate first = filter.range().first();
        LocalDate last = filter.range().last();
        LocalDate monthsFrom = first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
        LocalDate monthsUntil = last.getDayOfMonth() == last.lengthOfMonth() ? last.plusDays(1) : last.withDayOfMonth(1);
        boolean wholeMonths = monthsFrom.isBefore(monthsUntil);
        String kiosk = filter.kioskId().isPresent() ? " AND kiosk_id = ?" : "";
        UsageCounts.Builder counts = UsageCounts.builder(filter);
        try (PreparedStatement days = connection.prepareStatement("SELECT visit_day, demo, bucket, visits FROM usage_rollup"
                + " WHERE measure = ? AND visit_day >= ? AND visit_day <= ?" + kiosk);
             PreparedStatement months = connection.prepareStatement("SELECT demo, bucket, visits FROM usage_rollup_month"
                     + " WHERE measure = ? AND visit_month >= ? AND visit_month < ?" + kiosk)) {
            for (Measure measure : Measure.values()) {
                if (!wholeMonths || measure.chartedByDay()) {
                    readDays(days, filter, measure, first, last, counts);
                    continue;
                }
                if (first.isBefore(monthsFrom)) {
                    readDays(days, filter, measure, first, monthsFrom.minusDays(1), counts);
                }
                readMonths(months, filter, measure, monthsFrom, monthsUntil, counts);
                if (!monthsUntil.isAfter(last)) {
                    readDays(days, filter, measure, monthsUntil, last, counts);
                }
            }
        }
        return counts.build();
    }

    /** One row of a rollup query. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs {@code select} for one measure's range of days or months (and the filter's kiosk). */
    private static void each(PreparedStatement select, UsageFilter filter, Measure measure, LocalDate from,
            LocalDate to, RowReader reader) throws SQLException {
        select.setString(1, measure.id());
        select.setObject(2, from);
        select.setObject(3, to);
        if (filter.kioskId().isPresent()) {
            select.setString(4, filter.kioskId().get());
        }
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                reader.read(row);
            }
        }
    }

    private static void readDays(PreparedStatement days, UsageFilter filter, Measure measure, LocalDate from,
            LocalDate to, UsageCounts.Builder counts) throws SQLException {
        each(days, filter, measure, from, to, row -> {
            long visits = row.getLong(4);
            counts.add(row.getObject(1, LocalDate.class), measure, row.getString(3), visits);
            if (measure == Measure.DISPOSITION && row.getBoolean(2)) {
                counts.addDemoVisits(visits);
            }
        });
    }

    private static void readMonths(PreparedStatement months, UsageFilter filter, Measure measure, LocalDate from,
            LocalDate until, UsageCounts.Builder counts) throws SQLException {
        each(months, filter, measure, from, until, row -> {
            String bucket = row.getString(2);
            if (measure == Measure.HOUR) {
                int split = bucket.indexOf(Measure.ENDED_SEPARATOR);
                counts.addWeekdayHour(java.time.DayOfWeek.of(Integer.parseInt(bucket.substring(0, split))),
                        bucket.substring(split + 1), row.getLong(3));
            } else {
                counts.addUndated(measure, bucket, row.getLong(3));
            }
        });
    }

    /** The measures charted by day, then the others: what the two kinds of day reads ask for. */
    private static List<Measure> measures(boolean chartedByDay) {
        List<Measure> measures = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            if (measure.chartedByDay() == chartedByDay) {
                measures.add(measure);
            }
        }
        return measures;
    }

    /**
     * Day rows of every kiosk for these days, of the measures charted by day or of the others: one
     * statement, run once per measure (each a range of the primary key, which leads with the measure).
     */
    static Map<LocalDate, List<UsageCube.Row>> readDays(Connection connection, UsageCube.Days days,
            boolean chartedByDay) throws SQLException {
        Map<LocalDate, List<UsageCube.Row>> rows = new java.util.HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT visit_day, kiosk_id, demo, bucket, visits"
                + " FROM usage_rollup WHERE measure = ? AND visit_day BETWEEN ? AND ?")) {
            for (Measure measure : measures(chartedByDay)) {
                select.setString(1, measure.id());
                select.setObject(2, days.first());
                select.setObject(3, days.last());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows.computeIfAbsent(row.getObject(1, LocalDate.class), d -> new ArrayList<>())
                                .add(new UsageCube.Row(measure, row.getString(2), row.getBoolean(3), row.getString(4),
                                        row.getLong(5)));
                    }
                }
            }
        }
        return rows;
    }

    /** Month rows of every kiosk for these months, of the measures not charted by day: one statement. */
    static Map<YearMonth, List<UsageCube.Row>> readMonths(Connection connection, UsageCube.Months months)
            throws SQLException {
        Map<YearMonth, List<UsageCube.Row>> rows = new java.util.HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT visit_month, kiosk_id, demo, bucket, visits"
                + " FROM usage_rollup_month WHERE measure = ? AND visit_month BETWEEN ? AND ?")) {
            for (Measure measure : measures(false)) {
                select.setString(1, measure.id());
                select.setObject(2, months.first().atDay(1));
                select.setObject(3, months.last().atDay(1));
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows.computeIfAbsent(YearMonth.from(row.getObject(1, LocalDate.class)), m -> new ArrayList<>())
                                .add(new UsageCube.Row(measure, row.getString(2), row.getBoolean(3), row.getString(4),
                                        row.getLong(5)));
                    }
                }
            }
        }
        return rows;
    }

    static List<String> kioskIds(Connection connection) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             // every visit has one disposition bucket, so the month level's dispositions name every kiosk:
             // one key range of a few rows per kiosk-month, not a pass over every daily counter
             ResultSet row = statement.executeQuery("SELECT DISTINCT kiosk_id FROM usage_rollup_month"
                     + " WHERE measure = '" + Measure.DISPOSITION.id() + "' ORDER BY kiosk_id")) {
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
