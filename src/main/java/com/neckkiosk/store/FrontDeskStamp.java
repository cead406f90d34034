package com.neckkiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A few counts that change whenever anything the front desk sees changes: an alert or a
 * printer notice raised, acknowledged or dealt with. The console polls this (two indexed
 * aggregate queries) several times a second and reloads its lists only when it differs.
 *
 * @param openAlerts       alerts not yet acknowledged, any day
 * @param alertsSince      alerts raised since the start of the console's day
 * @param acknowledgedSince of those, how many are acknowledged
 * @param newestAlert      the latest raised_at among them, or null
 * @param openNotices      printer notices not yet dealt with, any day
 * @param noticesSince     printer notices raised since the start of the day
 */
public record FrontDeskStamp(long openAlerts, long alertsSince, long acknowledgedSince, Instant newestAlert,
        long openNotices, long noticesSince) {

    static FrontDeskStamp read(Connection connection, Instant since) throws SQLException {
        long openAlerts = count(connection, "SELECT COUNT(*) FROM alert WHERE acknowledged_at IS NULL");
        long alertsSince;
        long acknowledged;
        Instant newest;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*), COUNT(acknowledged_at), MAX(raised_at) FROM alert WHERE raised_at >= ?")) {
            select.setObject(1, AlertRows.timestamp(since));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                alertsSince = row.getLong(1);
                acknowledged = row.getLong(2);
                java.time.OffsetDateTime value = row.getObject(3, java.time.OffsetDateTime.class);
                newest = value == null ? null : value.toInstant();
            }
        }
        long openNotices = count(connection, "SELECT COUNT(*) FROM printer_notice WHERE resolved_at IS NULL");
        long noticesSince;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM printer_notice WHERE raised_at >= ?")) {
            select.setObject(1, AlertRows.timestamp(since));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                noticesSince = row.getLong(1);
            }
        }
        return new FrontDeskStamp(openAlerts, alertsSince, acknowledged, newest, openNotices, noticesSince);
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
