package com.neckkiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The printer_notice table, in portable SQL. */
final class PrinterNoticeRows {

    static final Pattern PRINTER = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");
    private static final String SELECT = "SELECT id, kiosk_id, visit_code, printer, problem, raised_at, resolved_at"
            + " FROM printer_notice";
    private static final String NEWEST_FIRST = " ORDER BY raised_at DESC, id";

    private PrinterNoticeRows() {
    }

    static void check(PrinterNotice notice) {
        StoredIds.check(StoredIds.RECORD_ID, "printer notice id", notice.id());
        StoredIds.check(StoredIds.KIOSK_ID, "printer notice kiosk id", notice.kioskId());
        if (notice.visitCode() != null) {
            StoredIds.check(StoredIds.VISIT_CODE, "printer notice visit code", notice.visitCode());
        }
        StoredIds.check(PRINTER, "printer name", notice.printer());
    }

    /** @return whether it was new (a notice sent again is stored once) */
    static boolean insertIfAbsent(Connection connection, PrinterNotice notice) throws SQLException {
        if (find(connection, notice.id()).isPresent()) {
            return false;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO printer_notice (id, kiosk_id,"
                + " visit_code, printer, problem, raised_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, notice.id());
            insert.setString(2, notice.kioskId());
            insert.setString(3, notice.visitCode());
            insert.setString(4, notice.printer());
            insert.setString(5, notice.problem().name());
            insert.setObject(6, AlertRows.timestamp(notice.raisedAt()));
            if (notice.resolvedAt() == null) {
                insert.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                insert.setObject(7, AlertRows.timestamp(notice.resolvedAt()));
            }
            insert.executeUpdate();
        }
        return true;
    }

    static Optional<PrinterNotice> find(Connection connection, String id) throws SQLException {
        return query(connection, SELECT + " WHERE id = ?", id).stream().findFirst();
    }

    static List<PrinterNotice> open(Connection connection) throws SQLException {
        return query(connection, SELECT + " WHERE resolved_at IS NULL" + NEWEST_FIRST);
    }

    static List<PrinterNotice> raisedBetween(Connection connection, Instant from, Instant until) throws SQLException {
        return query(connection, SELECT + " WHERE raised_at >= ? AND raised_at < ?" + NEWEST_FIRST,
                AlertRows.timestamp(from), AlertRows.timestamp(until));
    }

    /** @return false when there is no such notice or it was already resolved */
    static boolean resolve(Connection connection, String id, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE printer_notice SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL")) {
            update.setObject(1, AlertRows.timestamp(at));
            update.setString(2, id);
            return update.executeUpdate() == 1;
        }
    }

    /** Clears the visit codes of notices raised before {@code start} (they are only needed on the day). */
    static int forgetCodesBefore(Connection connection, Instant start) throws SQLException {
        try (PreparedStatement clear = connection.prepareStatement(
                "UPDATE printer_notice SET visit_code = NULL WHERE visit_code IS NOT NULL AND raised_at < ?")) {
            clear.setObject(1, AlertRows.timestamp(start));
            return clear.executeUpdate();
        }
    }

    private static List<PrinterNotice> query(Connection connection, String sql, Object... parameters)
            throws SQLException {
        List<PrinterNotice> notices = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    notices.add(new PrinterNotice(row.getString("id"), row.getString("kiosk_id"),
                            row.getString("visit_code"), row.getString("printer"),
                            StoredIds.named(PrinterNotice.Problem.class, row.getString("problem")),
                            AlertRows.instant(row, "raised_at"), AlertRows.instant(row, "resolved_at")));
                }
            }
        }
        return notices;
    }
}
