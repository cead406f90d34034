package com.neckkiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The kiosk table: each kiosk's name as the clinic set it, in portable SQL (no MERGE). */
final class KioskRows {

    static final int MAX_NAME = 60;

    private KioskRows() {
    }

    static void checkName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("kiosk name must be 1 to " + MAX_NAME + " characters on one line");
        }
    }

    /** Inserts or renames; two kiosks racing on the same id meet a duplicate key and the write is retried. */
    static void register(Connection connection, String id, String name) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE kiosk SET name = ? WHERE id = ?")) {
            update.setString(1, name);
            update.setString(2, id);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kiosk (id, name) VALUES (?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, name);
            insert.executeUpdate();
        }
    }

    static Map<String, String> names(Connection connection) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, name FROM kiosk ORDER BY id");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                names.put(row.getString(1), row.getString(2));
            }
        }
        return names;
    }
}
