package com.neckkiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The kiosk table: each kiosk's name as the clinic set it, in portable SQL (no MERGE). */
final class KioskRows {

    /** Like every text column: no room for a note (the settings allow 60; longer names are shortened). */
    static final int MAX_NAME = 48;
    static final int MAX_SETTING = 60;

    private KioskRows() {
    }

    static void checkName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_SETTING || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("kiosk name must be 1 to " + MAX_SETTING + " characters on one line");
        }
    }

    static String stored(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "\u2026";
    }

    /** Inserts or renames; two kiosks racing on the same id meet a duplicate key and the write is retried. */
    static void register(Connection connection, String id, String name) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE kiosk SET name = ? WHERE id = ?")) {
            update.setString(1, stored(name));
            update.setString(2, id);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kiosk (id, name) VALUES (?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, stored(name));
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
