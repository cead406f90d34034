package com.neckkiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The per-kiosk, per-day counter behind visit codes. The row update takes the row's lock,
 * so two kiosk processes on one server count one after the other; when both find no row
 * for the day and both insert, one fails on the primary key and its transaction is run
 * again ({@link Database#write}), this time finding the row.
 */
final class VisitCodes {

    private VisitCodes() {
    }

    static int next(Connection connection, String kioskId, LocalDate day) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE visit_code_counter"
                + " SET last_number = last_number + 1 WHERE kiosk_id = ? AND code_day = ?")) {
            update.setString(1, kioskId);
            update.setObject(2, day);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO visit_code_counter (kiosk_id, code_day, last_number) VALUES (?, ?, 1)")) {
                    insert.setString(1, kioskId);
                    insert.setObject(2, day);
                    insert.executeUpdate();
                    return 1;
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_number FROM visit_code_counter WHERE kiosk_id = ? AND code_day = ?")) {
            select.setString(1, kioskId);
            select.setObject(2, day);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
