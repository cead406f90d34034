package com.neckkiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days' usage counts changed (table {@code usage_rollup_change}, V7): writers bump a day's
 * version in the same transaction as its counts; a reader remembers the versions it saw and
 * asks which differ now. A writer's version is seen only once committed, with its counts, so a
 * reader never marks a change seen before it can read it.
 */
final class RollupChanges {

    /** Stands for every day: after a rebuild, or demo visits removed on all days. */
    static final LocalDate EVERYTHING = LocalDate.of(1, 1, 1);

    private static final String BUMP = "MERGE INTO usage_rollup_change c USING (VALUES (CAST(? AS DATE)))"
            + " AS s (visit_day) ON c.visit_day = s.visit_day"
            + " WHEN MATCHED THEN UPDATE SET version = c.version + 1"
            + " WHEN NOT MATCHED THEN INSERT (visit_day, version) VALUES (s.visit_day, 1)";

    private Map<LocalDate, Long> seen;

    /** Marks these days changed, in the writer's transaction. */
    static void mark(Connection connection, Collection<LocalDate> days) throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement(BUMP)) {
            for (LocalDate day : new TreeSet<>(days)) { // in key order: writers lock rows in one order
                bump.setObject(1, day);
                bump.addBatch();
            }
            bump.executeBatch();
        }
    }

    /** Marks every day changed. */
    static void markEverything(Connection connection) throws SQLException {
        mark(connection, Set.of(EVERYTHING));
    }

    boolean isStarted() {
        return seen != null;
    }

    /**
     * The days changed since the last call (none on the first), or empty when everything may have
     * changed; remembers the versions read now.
     */
    Optional<Set<LocalDate>> changedDays(Connection connection) throws SQLException {
        Map<LocalDate, Long> now = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT visit_day, version FROM usage_rollup_change")) {
            while (row.next()) {
                now.put(row.getObject(1, LocalDate.class), row.getLong(2));
            }
        }
        Map<LocalDate, Long> before = seen;
        seen = now;
        if (before == null) {
            return Optional.of(Set.of());
        }
        if (!now.getOrDefault(EVERYTHING, 0L).equals(before.getOrDefault(EVERYTHING, 0L))) {
            return Optional.empty();
        }
        Set<LocalDate> changed = new TreeSet<>();
        now.forEach((day, version) -> {
            if (!version.equals(before.get(day))) {
                changed.add(day);
            }
        });
        before.keySet().stream().filter(day -> !now.containsKey(day)).forEach(changed::add);
        return Optional.of(changed);
    }
}
