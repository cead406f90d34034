package com.neckkiosk.store;

import com.neckkiosk.stats.Measure;
import com.neckkiosk.stats.UsageCounts;
import com.neckkiosk.stats.UsageFilter;
import com.neckkiosk.triage.Question;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
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
    private static final Comparator<Cell> KEY_ORDER = Comparator.comparing(Cell::day).thenComparing(Cell::kioskId)
            .thenComparing(Cell::demo).thenComparing(cell -> cell.measure().id()).thenComparing(Cell::bucket);

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

    /** Adds {@code sign} (1 or -1) times each visit's cells to {@code deltas}. */
    static void collect(Map<Cell, Long> deltas, VisitRecord visit, int sign) {
        for (Cell cell : cellsOf(visit)) {
            deltas.merge(cell, (long) sign, Long::sum);
        }
    }

    /** Applies counter changes; a counter that reaches zero is removed. */
    static void apply(Connection connection, Map<Cell, Long> deltas) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE usage_rollup SET visits = visits + ?"
                + " WHERE visit_day = ? AND kiosk_id = ? AND demo = ? AND measure = ? AND bucket = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO usage_rollup"
                     + " (visits, visit_day, kiosk_id, demo, measure, bucket) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement deleteLast = connection.prepareStatement("DELETE FROM usage_rollup"
                     + " WHERE visits = ? AND visit_day = ? AND kiosk_id = ? AND demo = ? AND measure = ? AND bucket = ?")) {
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
        boolean empty;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT 1 FROM usage_rollup FETCH FIRST 1 ROWS ONLY")) {
            empty = !row.next();
        }
        if (!empty) {
            apply(connection, increases);
            return;
        }
        List<Map.Entry<Cell, Long>> inKeyOrder = new ArrayList<>(increases.entrySet());
        inKeyOrder.sort(Map.Entry.comparingByKey(KEY_ORDER));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO usage_rollup"
                + " (visits, visit_day, kiosk_id, demo, measure, bucket) VALUES (?, ?, ?, ?, ?, ?)")) {
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

    /** Empties the rollup and fills it again from the visits. */
    static void rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM usage_rollup");
            for (String fill : FILL) {
                statement.executeUpdate(fill);
            }
        }
    }

    /** For a database upgraded from before V5: visits but no rollup yet. */
    static boolean rebuildIfMissing(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet missing = statement.executeQuery("SELECT 1 FROM visit WHERE NOT EXISTS"
                     + " (SELECT 1 FROM usage_rollup) FETCH FIRST 1 ROWS ONLY")) {
            if (!missing.next()) {
                return false;
            }
        }
        rebuild(connection);
        return true;
    }

    static UsageCounts read(Connection connection, UsageFilter filter) throws SQLException {
        String sql = "SELECT visit_day, measure, bucket, SUM(visits), SUM(CASE WHEN demo THEN visits ELSE 0 END)"
                + " FROM usage_rollup WHERE visit_day >= ? AND visit_day <= ?"
                + (filter.kioskId().isPresent() ? " AND kiosk_id = ?" : "")
                + " GROUP BY visit_day, measure, bucket";
        UsageCounts.Builder counts = UsageCounts.builder(filter);
        Map<String, Measure> measures = new LinkedHashMap<>();
        for (Measure measure : Measure.values()) {
            measures.put(measure.id(), measure);
        }
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, filter.range().first());
            select.setObject(2, filter.range().last());
            if (filter.kioskId().isPresent()) {
                select.setString(3, filter.kioskId().get());
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Measure measure = measures.get(row.getString(2));
                    if (measure == null) {
                        continue; // counted by a newer program version sharing this server
                    }
                    counts.add(row.getObject(1, LocalDate.class), measure, row.getString(3), row.getLong(4));
                    if (measure == Measure.DISPOSITION) {
                        counts.addDemoVisits(row.getLong(5));
                    }
                }
            }
        }
        return counts.build();
    }

    static List<String> kioskIds(Connection connection) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT DISTINCT kiosk_id FROM usage_rollup ORDER BY kiosk_id")) {
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
