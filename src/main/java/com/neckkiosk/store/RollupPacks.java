package com.neckkiosk.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The usage rollup's rows (V8): one per day, kiosk and demo flag ({@code usage_day_pack}) and one
 * per month ({@code usage_month_pack}), each holding every counter of that bucket as UTF-8 lines
 * {@code measure TAB bucket TAB visits LF}, sorted. What the counters mean is {@link RollupRows}'
 * business; here they are (measure id, bucket) pairs.
 */
final class RollupPacks {

    /** The two levels. */
    enum Level {
        DAY("usage_day_pack", "visit_day"), MONTH("usage_month_pack", "visit_month");

        final String table;
        final String period;

        Level(String table, String period) {
            this.table = table;
            this.period = period;
        }
    }

    /** One pack's key: a day (or a month's first day), a kiosk, real or demo visits. */
    record Key(LocalDate period, String kioskId, boolean demo) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int by = period.compareTo(other.period);
            if (by == 0) {
                by = kioskId.compareTo(other.kioskId);
            }
            return by != 0 ? by : Boolean.compare(demo, other.demo);
        }
    }

    /** One counter of a pack: {@code measureId TAB bucket}, which sorts by measure, then bucket. */
    static String counter(String measureId, String bucket) {
        if (bucket.indexOf('\t') >= 0 || bucket.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a bucket with a tab or a line break: " + bucket);
        }
        return measureId + '\t' + bucket;
    }

    /** What reading a pack calls for each counter. */
    @FunctionalInterface
    interface CounterReader {
        void read(String measureId, String bucket, long visits);
    }

    private RollupPacks() {
    }

    static byte[] encode(Map<String, Long> counters) {
        StringBuilder text = new StringBuilder(counters.size() * 20);
        new TreeMap<>(counters).forEach((counter, visits) -> {
            if (visits <= 0) {
                throw new IllegalArgumentException("a counter of " + visits + ": " + counter);
            }
            text.append(counter).append('\t').append(visits).append('\n');
        });
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every counter of a pack, in its order. */
    static void decode(byte[] pack, CounterReader reader) {
        decode(pack, measureId -> true, reader);
    }

    /**
     * The counters of a pack whose measure id is {@code wanted}, in their order; the others are
     * skipped without being read (lines are sorted by measure, so it is asked once per measure).
     */
    static void decode(byte[] pack, Predicate<String> wanted, CounterReader reader) {
        String text = new String(pack, StandardCharsets.UTF_8);
        int at = 0;
        int length = text.length();
        String measureId = "";
        boolean reading = false;
        while (at < length) {
            int tab = text.indexOf('\t', at);
            if (tab < 0) {
                throw damaged(at);
            }
            if (tab - at != measureId.length() || !text.startsWith(measureId, at)) {
                measureId = text.substring(at, tab);
                reading = wanted.test(measureId);
            }
            if (!reading) {
                int end = text.indexOf('\n', tab + 1);
                if (end < 0) {
                    throw damaged(at);
                }
                at = end + 1;
                continue;
            }
            int secondTab = text.indexOf('\t', tab + 1);
            int end = secondTab < 0 ? -1 : text.indexOf('\n', secondTab + 1);
            if (end < 0) {
                throw damaged(at);
            }
            reader.read(measureId, text.substring(tab + 1, secondTab), Long.parseLong(text, secondTab + 1, end, 10));
            at = end + 1;
        }
    }

    private static IllegalStateException damaged(int at) {
        return new IllegalStateException("a usage rollup pack is damaged at character " + at + "; rebuild it");
    }

    static Map<String, Long> decode(byte[] pack) {
        Map<String, Long> counters = new TreeMap<>();
        decode(pack, (measure, bucket, visits) -> counters.put(counter(measure, bucket), visits));
        return counters;
    }

    /**
     * Adds counter changes to packs: each pack is read locked, changed and written back (removed
     * when no counter is left), in key order so that writers lock rows in one order.
     *
     * @throws SQLException when a counter would go below zero: the pack does not hold the visit
     *     being replaced
     */
    static void apply(Connection connection, Level level, Map<Key, Map<String, Long>> changes) throws SQLException {
        String where = " WHERE " + level.period + " = ? AND kiosk_id = ? AND demo = ?";
        try (PreparedStatement select = connection.prepareStatement("SELECT counts FROM " + level.table + where
                + " FOR UPDATE");
             PreparedStatement update = connection.prepareStatement("UPDATE " + level.table + " SET counts = ?" + where);
             PreparedStatement insert = connection.prepareStatement(insertSql(level));
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + level.table + where)) {
            for (Map.Entry<Key, Map<String, Long>> pack : new TreeMap<>(changes).entrySet()) {
                Key key = pack.getKey();
                bindKey(select, 1, key);
                Map<String, Long> counters;
                boolean stored;
                try (ResultSet row = select.executeQuery()) {
                    stored = row.next();
                    counters = stored ? decode(row.getBytes(1)) : new TreeMap<>();
                }
                pack.getValue().forEach((counter, delta) -> counters.merge(counter, delta, Long::sum));
                for (Map.Entry<String, Long> counter : counters.entrySet()) {
                    if (counter.getValue() < 0) {
                        throw new SQLException("the usage rollup lacks " + key + " " + counter.getKey() + "; rebuild it");
                    }
                }
                counters.values().removeIf(visits -> visits == 0);
                if (counters.isEmpty()) {
                    if (stored) {
                        bindKey(delete, 1, key);
                        delete.executeUpdate();
                    }
                } else if (stored) {
                    update.setBytes(1, encode(counters));
                    bindKey(update, 2, key);
                    update.executeUpdate();
                } else {
                    bind(insert, key, encode(counters));
                    insert.executeUpdate();
                }
            }
        }
    }

    /** Plain inserts in key order, of packs not stored yet (a rebuild, a bulk load into an empty rollup). */
    static void insertAll(Connection connection, Level level, Map<Key, Map<String, Long>> packs) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(insertSql(level))) {
            int pending = 0;
            for (Map.Entry<Key, Map<String, Long>> pack : new TreeMap<>(packs).entrySet()) {
                bind(insert, pack.getKey(), encode(pack.getValue()));
                insert.addBatch();
                if (++pending % 1_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** What one pack row holds, as read. */
    record Row(LocalDate period, String kioskId, boolean demo, byte[] counts) {
    }

    /** Packs of every kiosk from {@code first} to {@code last} (days, or months' first days), in key order. */
    static List<Row> read(Connection connection, Level level, LocalDate first, LocalDate last) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + level.period + ", kiosk_id, demo, counts"
                + " FROM " + level.table + " WHERE " + level.period + " BETWEEN ? AND ?")) {
            select.setObject(1, first);
            select.setObject(2, last);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getObject(1, LocalDate.class), row.getString(2), row.getBoolean(3),
                            row.getBytes(4)));
                }
            }
        }
        return rows;
    }

    private static String insertSql(Level level) {
        return "INSERT INTO " + level.table + " (" + level.period + ", kiosk_id, demo, counts) VALUES (?, ?, ?, ?)";
    }

    private static void bind(PreparedStatement statement, Key key, byte[] counts) throws SQLException {
        bindKey(statement, 1, key);
        statement.setBytes(4, counts);
    }

    private static void bindKey(PreparedStatement statement, int first, Key key) throws SQLException {
        statement.setObject(first, key.period());
        statement.setString(first + 1, key.kioskId());
        statement.setBoolean(first + 2, key.demo());
    }
}
