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
 * version for their kiosk in the same transaction as its counts; a reader remembers the versions it saw and
 * asks which differ now. A writer's version is seen only once committed, with its counts, so a
 * reader never marks a change seen before it can read it.
 */
final class RollupChanges {

    /** One counter of changes: a day's counts of one kiosk. */
    record DayKiosk(LocalDate day, String kioskId) implements Comparable<DayKiosk> {
        @Override
        public int compareTo(DayKiosk other) {
            int byDay = day.compareTo(other.day);
            return byDay != 0 ? byDay : kioskId.compareTo(other.kioskId);
        }
    }

    /** Stands for every day: after a rebuild, or demo visits removed on all days. */
    static final DayKiosk EVERYTHING = new DayKiosk(LocalDate.of(1, 1, 1), "");

    private static final String BUMP = "MERGE INTO usage_rollup_change c"
            + " USING (VALUES (CAST(? AS DATE), CAST(? AS VARCHAR(32)))) AS s (visit_day, kiosk_id)"
            + " ON c.visit_day = s.visit_day AND c.kiosk_id = s.kiosk_id"
            + " WHEN MATCHED THEN UPDATE SET version = c.version + 1"
            + " WHEN NOT MATCHED THEN INSERT (visit_day, kiosk_id, version) VALUES (s.visit_day, s.kiosk_id, 1)";

    private Map<DayKiosk, Long> seen;

    /** Marks these days of these kiosks changed, in the writer's transaction. */
    static void mark(Connection connection, Collection<DayKiosk> changed) throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement(BUMP)) {
            for (DayKiosk key : new TreeSet<>(changed)) { // in key order: writers lock rows in one order
                bump.setObject(1, key.day());
                bump.setString(2, key.kioskId());
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
     * Remembers the versions of every day now, in the transaction of a reader's first read:
     * later refreshes compare against them. (Remembering only the days that read covered would
     * name every other day changed at the first refresh, and drop what was read since.)
     */
    void start(Connection connection) throws SQLException {
        seen = versions(connection);
    }

    /**
     * The days changed since the last call (none on the first), or empty when everything may have
     * changed; remembers the versions read now.
     */
    Optional<Set<LocalDate>> changedDays(Connection connection) throws SQLException {
        Map<DayKiosk, Long> now = versions(connection);
        Map<DayKiosk, Long> before = seen;
        seen = now;
        if (before == null) {
            return Optional.of(Set.of());
        }
        if (!now.getOrDefault(EVERYTHING, 0L).equals(before.getOrDefault(EVERYTHING, 0L))) {
            return Optional.empty();
        }
        Set<LocalDate> changed = new TreeSet<>();
        now.forEach((key, version) -> {
            if (!version.equals(before.get(key))) {
                changed.add(key.day());
            }
        });
        before.keySet().stream().filter(key -> !now.containsKey(key)).forEach(key -> changed.add(key.day()));
        return Optional.of(changed);
    }

    private static Map<DayKiosk, Long> versions(Connection connection) throws SQLException {
        Map<DayKiosk, Long> versions = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT visit_day, kiosk_id, version FROM usage_rollup_change")) {
            while (row.next()) {
                versions.put(new DayKiosk(row.getObject(1, LocalDate.class), row.getString(2)), row.getLong(3));
            }
        }
        return versions;
    }
}
