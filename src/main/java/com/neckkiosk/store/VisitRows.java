package com.neckkiosk.store;

import com.neckkiosk.store.VisitRecord.Outcome;
import com.neckkiosk.store.VisitRecord.SheetStatus;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.triage.Exercise;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The visit table and its child rows (answers, reasons, exercises), in portable SQL. */
final class VisitRows {

    private static final String UPDATE = "UPDATE visit SET started_hour = ?, kiosk_id = ?, language = ?,"
            + " steps_reached = ?, help_requested = ?, disposition = ?, outcome = ?, last_step = ?, sheet_status = ?,"
            + " visit_code = ?, duration_seconds = ?, demo = ? WHERE id = ?";
    private static final String INSERT = "INSERT INTO visit (started_hour, kiosk_id, language, steps_reached,"
            + " help_requested, disposition, outcome, last_step, sheet_status, visit_code, duration_seconds, demo, id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT id, started_hour, kiosk_id, language, steps_reached, help_requested,"
            + " disposition, outcome, last_step, sheet_status, visit_code, duration_seconds, demo FROM visit";
    private static final List<String> CHILD_TABLES = List.of("visit_answer", "visit_reason", "visit_exercise");

    private VisitRows() {
    }

    static void check(VisitRecord visit) {
        StoredIds.check(StoredIds.RECORD_ID, "visit id", visit.id());
        StoredIds.check(StoredIds.KIOSK_ID, "kiosk id", visit.kioskId());
        StoredIds.check(StoredIds.STEP, "last step", visit.lastStep());
        if (visit.visitCode() != null) {
            StoredIds.check(StoredIds.VISIT_CODE, "visit code", visit.visitCode());
        }
        visit.reasons().forEach(reason -> StoredIds.check(StoredIds.REASON, "reason", reason));
        AnswerRows.rowsOf(visit.answers());
    }

    /**
     * Inserts the visit, or replaces every part of the one with the same id; the usage
     * rollup loses the replaced row's counts and gains the new ones in the same transaction.
     */
    static void save(Connection connection, VisitRecord visit) throws SQLException {
        Map<RollupRows.Cell, Long> rollup = new HashMap<>();
        Optional<VisitRecord> replaced = find(connection, visit.id());
        if (replaced.isPresent()) {
            RollupRows.collect(rollup, replaced.get(), -1);
        }
        RollupRows.collect(rollup, visit, 1);
        if (execute(connection, UPDATE, visit) == 0) {
            execute(connection, INSERT, visit);
        }
        for (String table : CHILD_TABLES) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE visit_id = ?")) {
                delete.setString(1, visit.id());
                delete.executeUpdate();
            }
        }
        insertAnswers(connection, visit);
        insertList(connection, "INSERT INTO visit_reason (visit_id, position, reason) VALUES (?, ?, ?)",
                visit.id(), visit.reasons());
        List<String> exerciseIds = new ArrayList<>();
        visit.exercises().forEach(exercise -> exerciseIds.add(exercise.id()));
        insertList(connection, "INSERT INTO visit_exercise (visit_id, position, exercise_id) VALUES (?, ?, ?)",
                visit.id(), exerciseIds);
        RollupRows.apply(connection, rollup);
    }

    /**
     * Inserts visits that are new (fresh ids), in batches: for {@code seed-demo-data}, where
     * a million one-by-one saves would take an hour. The rollup gains their counts.
     */
    static void insertNew(Connection connection, List<VisitRecord> visits) throws SQLException {
        Map<RollupRows.Cell, Long> rollup = new HashMap<>();
        insertRows(connection, visits, true);
        for (VisitRecord visit : visits) {
            RollupRows.collect(rollup, visit, 1);
        }
        RollupRows.apply(connection, rollup);
    }

    /**
     * Inserts new visits without touching the rollup (the caller counts them); with
     * {@code details} false only the visit rows, not their answers, reasons and exercises.
     */
    static void insertRows(Connection connection, List<VisitRecord> visits, boolean details) throws SQLException {
        try (PreparedStatement visitRow = connection.prepareStatement(INSERT);
             PreparedStatement answer = connection.prepareStatement(
                     "INSERT INTO visit_answer (visit_id, question_id, position, answer) VALUES (?, ?, ?, ?)");
             PreparedStatement reason = connection.prepareStatement(
                     "INSERT INTO visit_reason (visit_id, position, reason) VALUES (?, ?, ?)");
             PreparedStatement exercise = connection.prepareStatement(
                     "INSERT INTO visit_exercise (visit_id, position, exercise_id) VALUES (?, ?, ?)")) {
            for (VisitRecord visit : visits) {
                bind(visitRow, visit);
                visitRow.addBatch();
                if (!details) {
                    continue;
                }
                for (AnswerRows.Row row : AnswerRows.rowsOf(visit.answers())) {
                    answer.setString(1, visit.id());
                    answer.setString(2, row.questionId());
                    answer.setInt(3, row.position());
                    answer.setString(4, row.answer());
                    answer.addBatch();
                }
                for (int position = 0; position < visit.reasons().size(); position++) {
                    reason.setString(1, visit.id());
                    reason.setInt(2, position);
                    reason.setString(3, visit.reasons().get(position));
                    reason.addBatch();
                }
                for (int position = 0; position < visit.exercises().size(); position++) {
                    exercise.setString(1, visit.id());
                    exercise.setInt(2, position);
                    exercise.setString(3, visit.exercises().get(position).id());
                    exercise.addBatch();
                }
            }
            visitRow.executeBatch();
            answer.executeBatch();
            reason.executeBatch();
            exercise.executeBatch();
        }
    }

    /** Deletes every demo visit with its child rows and rollup counts; alerts of demo visits too. */
    static int deleteDemo(Connection connection) throws SQLException {
        String demoVisits = "SELECT id FROM visit WHERE demo = TRUE";
        List<String> statements = List.of(
                "DELETE FROM alert_reason WHERE alert_id IN (SELECT id FROM alert WHERE visit_id IN (" + demoVisits + "))",
                "DELETE FROM alert WHERE visit_id IN (" + demoVisits + ")",
                "DELETE FROM visit_answer WHERE visit_id IN (" + demoVisits + ")",
                "DELETE FROM visit_reason WHERE visit_id IN (" + demoVisits + ")",
                "DELETE FROM visit_exercise WHERE visit_id IN (" + demoVisits + ")",
                "DELETE FROM usage_day_pack WHERE demo = TRUE",
                "DELETE FROM usage_month_pack WHERE demo = TRUE");
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
            int deleted = statement.executeUpdate("DELETE FROM visit WHERE demo = TRUE");
            RollupChanges.markEverything(connection);
            return deleted;
        }
    }

    private static int execute(Connection connection, String sql, VisitRecord visit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, visit);
            return statement.executeUpdate();
        }
    }

    /** Binds the 13 parameters of {@link #UPDATE} and {@link #INSERT}. */
    private static void bind(PreparedStatement statement, VisitRecord visit) throws SQLException {
        statement.setObject(1, visit.startedHour());
        statement.setString(2, visit.kioskId());
        statement.setString(3, visit.language().code());
        statement.setInt(4, visit.stepsReached());
        statement.setBoolean(5, visit.helpRequested());
        if (visit.disposition() == null) {
            statement.setNull(6, Types.VARCHAR);
        } else {
            statement.setString(6, visit.disposition().name());
        }
        statement.setString(7, visit.outcome().name());
        statement.setString(8, visit.lastStep());
        statement.setString(9, visit.sheet().name());
        statement.setString(10, visit.visitCode());
        statement.setLong(11, visit.durationSeconds());
        statement.setBoolean(12, visit.demo());
        statement.setString(13, visit.id());
    }

    private static void insertAnswers(Connection connection, VisitRecord visit) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO visit_answer (visit_id, question_id, position, answer) VALUES (?, ?, ?, ?)")) {
            for (AnswerRows.Row row : AnswerRows.rowsOf(visit.answers())) {
                insert.setString(1, visit.id());
                insert.setString(2, row.questionId());
                insert.setInt(3, row.position());
                insert.setString(4, row.answer());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertList(Connection connection, String sql, String visitId, List<String> values)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int position = 0; position < values.size(); position++) {
                insert.setString(1, visitId);
                insert.setInt(2, position);
                insert.setString(3, values.get(position));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static Optional<VisitRecord> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(connection, row)) : Optional.empty();
            }
        }
    }

    /** The visit that was given {@code code} on {@code day} (a code is only unique within its day). */
    static Optional<VisitRecord> findByCode(Connection connection, String code, LocalDate day) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT
                + " WHERE visit_code = ? AND started_hour >= ? AND started_hour < ? ORDER BY started_hour DESC, id")) {
            select.setString(1, code);
            select.setObject(2, day.atStartOfDay());
            select.setObject(3, day.plusDays(1).atStartOfDay());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(connection, row)) : Optional.empty();
            }
        }
    }

    private static VisitRecord read(Connection connection, ResultSet row) throws SQLException {
        String id = row.getString("id");
        String disposition = row.getString("disposition");
        return new VisitRecord(
                id,
                row.getObject("started_hour", LocalDateTime.class),
                row.getString("kiosk_id"),
                StoredIds.language(row.getString("language")),
                row.getInt("steps_reached"),
                AnswerRows.answersOf(answerRows(connection, id)),
                row.getBoolean("help_requested"),
                disposition == null ? null : StoredIds.named(Disposition.class, disposition),
                strings(connection, "SELECT reason FROM visit_reason WHERE visit_id = ? ORDER BY position", id),
                exercises(connection, id),
                StoredIds.named(Outcome.class, row.getString("outcome")),
                row.getString("last_step"),
                StoredIds.named(SheetStatus.class, row.getString("sheet_status")),
                row.getString("visit_code"),
                row.getLong("duration_seconds"),
                row.getBoolean("demo"));
    }

    private static List<AnswerRows.Row> answerRows(Connection connection, String visitId) throws SQLException {
        List<AnswerRows.Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT question_id, position, answer"
                + " FROM visit_answer WHERE visit_id = ? ORDER BY question_id, position")) {
            select.setString(1, visitId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new AnswerRows.Row(row.getString(1), row.getInt(2), row.getString(3)));
                }
            }
        }
        return rows;
    }

    private static List<Exercise> exercises(Connection connection, String visitId) throws SQLException {
        List<Exercise> exercises = new ArrayList<>();
        for (String id : strings(connection,
                "SELECT exercise_id FROM visit_exercise WHERE visit_id = ? ORDER BY position", visitId)) {
            exercises.add(StoredIds.exercise(id));
        }
        return exercises;
    }

    static List<String> strings(Connection connection, String sql, String key) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    values.add(row.getString(1));
                }
            }
        }
        return values;
    }

    static long count(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM visit");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
