package com.neckkiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * What the store stops knowing once a day is over: a visit's code (only needed for the
 * day's reprints, on visits and printer notices) and the minute an alert was raised or acknowledged (the hour is enough
 * for statistics). Running it again changes nothing.
 */
final class PrivacyUpkeep {

    private PrivacyUpkeep() {
    }

    /** @return how many visits and alerts were changed */
    static int forgetBefore(Connection connection, LocalDate today, ZoneId zone) throws SQLException {
        int changed;
        try (PreparedStatement clear = connection.prepareStatement(
                "UPDATE visit SET visit_code = NULL WHERE visit_code IS NOT NULL AND started_hour < ?")) {
            clear.setObject(1, today.atStartOfDay());
            changed = clear.executeUpdate();
        }
        Instant startOfToday = today.atStartOfDay(zone).toInstant();
        changed += PrinterNoticeRows.forgetCodesBefore(connection, startOfToday);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, raised_at, acknowledged_at FROM alert WHERE raised_at < ?");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE alert SET raised_at = ?, acknowledged_at = ? WHERE id = ?")) {
            select.setObject(1, AlertRows.timestamp(startOfToday));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Instant raised = AlertRows.instant(row, "raised_at");
                    Instant acknowledged = AlertRows.instant(row, "acknowledged_at");
                    Instant raisedHour = toHour(raised, zone);
                    Instant acknowledgedHour = acknowledged == null ? null : toHour(acknowledged, zone);
                    if (!raised.equals(raisedHour) || (acknowledged != null && !acknowledged.equals(acknowledgedHour))) {
                        update.setObject(1, AlertRows.timestamp(raisedHour));
                        if (acknowledgedHour == null) {
                            update.setNull(2, Types.TIMESTAMP_WITH_TIMEZONE);
                        } else {
                            update.setObject(2, AlertRows.timestamp(acknowledgedHour));
                        }
                        update.setString(3, row.getString("id"));
                        changed += update.executeUpdate();
                    }
                }
            }
        }
        return changed;
    }

    /** The local clock hour: not the UTC one, which differs in zones with half-hour offsets. */
    static Instant toHour(Instant instant, ZoneId zone) {
        return instant.atZone(zone).truncatedTo(ChronoUnit.HOURS).toInstant();
    }
}
