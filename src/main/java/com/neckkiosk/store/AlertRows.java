package com.neckkiosk.store;

import com.neckkiosk.triage.Disposition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The alert table and the alerts' reasons, in portable SQL. */
final class AlertRows {

    private static final String SELECT = "SELECT a.id, a.visit_id, a.level, a.visit_code, a.kiosk_id, a.raised_at,"
            + " a.acknowledged_at, r.reason FROM alert a LEFT JOIN alert_reason r ON r.alert_id = a.id";
    private static final String NEWEST_FIRST = " ORDER BY a.raised_at DESC, a.id, r.position";

    private AlertRows() {
    }

    static void check(AlertRecord alert) {
        StoredIds.check(StoredIds.RECORD_ID, "alert id", alert.id());
        StoredIds.check(StoredIds.RECORD_ID, "alert visit id", alert.visitId());
        StoredIds.check(StoredIds.VISIT_CODE, "alert visit code", alert.visitCode());
        StoredIds.check(StoredIds.KIOSK_ID, "alert kiosk id", alert.kioskId());
        alert.reasons().forEach(reason -> StoredIds.check(StoredIds.REASON, "alert reason", reason));
    }

    /**
     * Stores the alert unless one with its id is already there, so an alert delivered again
     * (from a spool, after a lost reply) is stored once and keeps its acknowledgement.
     *
     * @return whether it was new
     */
    static boolean insertIfAbsent(Connection connection, AlertRecord alert) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM alert WHERE id = ?")) {
            exists.setString(1, alert.id());
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO alert (id, visit_id, level, visit_code,"
                + " kiosk_id, raised_at, acknowledged_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, alert.id());
            insert.setString(2, alert.visitId());
            insert.setString(3, alert.level().name());
            insert.setString(4, alert.visitCode());
            insert.setString(5, alert.kioskId());
            insert.setObject(6, timestamp(alert.raisedAt()));
            if (alert.acknowledgedAt() == null) {
                insert.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                insert.setObject(7, timestamp(alert.acknowledgedAt()));
            }
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO alert_reason (alert_id, position, reason) VALUES (?, ?, ?)")) {
            for (int position = 0; position < alert.reasons().size(); position++) {
                insert.setString(1, alert.id());
                insert.setInt(2, position);
                insert.setString(3, alert.reasons().get(position));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return true;
    }

    /** Stored to the microsecond, as both H2 and PostgreSQL keep it. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static Optional<AlertRecord> find(Connection connection, String id) throws SQLException {
        return query(connection, SELECT + " WHERE a.id = ?" + NEWEST_FIRST, id).stream().findFirst();
    }

    static List<AlertRecord> open(Connection connection) throws SQLException {
        return query(connection, SELECT + " WHERE a.acknowledged_at IS NULL" + NEWEST_FIRST);
    }

    static List<AlertRecord> raisedBetween(Connection connection, Instant from, Instant until) throws SQLException {
        return query(connection, SELECT + " WHERE a.raised_at >= ? AND a.raised_at < ?" + NEWEST_FIRST,
                timestamp(from), timestamp(until));
    }

    /** @return false when there is no such alert or it was already acknowledged */
    static boolean acknowledge(Connection connection, String id, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE alert SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL")) {
            update.setObject(1, timestamp(at));
            update.setString(2, id);
            return update.executeUpdate() == 1;
        }
    }

    private static List<AlertRecord> query(Connection connection, String sql, Object... parameters)
            throws SQLException {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Alert alert = alerts.get(row.getString("id"));
                    if (alert == null) {
                        alert = new Alert(row);
                        alerts.put(alert.id, alert);
                    }
                    String reason = row.getString("reason");
                    if (reason != null) {
                        alert.reasons.add(reason);
                    }
                }
            }
        }
        List<AlertRecord> records = new ArrayList<>();
        for (Alert alert : alerts.values()) {
            records.add(alert.toRecord());
        }
        return records;
    }

    /** One alert's columns while its reason rows are gathered. */
    private static final class Alert {
        final String id;
        final String visitId;
        final Disposition level;
        final String visitCode;
        final String kioskId;
        final Instant raisedAt;
        final Instant acknowledgedAt;
        final List<String> reasons = new ArrayList<>();

        Alert(ResultSet row) throws SQLException {
            id = row.getString("id");
            visitId = row.getString("visit_id");
            level = StoredIds.named(Disposition.class, row.getString("level"));
            visitCode = row.getString("visit_code");
            kioskId = row.getString("kiosk_id");
            raisedAt = instant(row, "raised_at");
            acknowledgedAt = instant(row, "acknowledged_at");
        }

        AlertRecord toRecord() {
            return new AlertRecord(id, visitId, level, reasons, visitCode, kioskId, raisedAt, acknowledgedAt);
        }
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
