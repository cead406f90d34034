package com.neckkiosk.store;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.config.DatabaseSettings.Mode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Which password opens the database, and how a file database keeps the right one.
 *
 * <p>H2 creates the {@code kiosk} account, with the password of that first connection, when
 * it creates the file: a standalone kiosk's file gets the internal embedded password, a
 * serving kiosk's file the configured one. When a clinic later switches a kiosk between
 * the two, the file still has the other mode's password; the process that owns the file
 * then logs in with that one and changes it, before its TCP server accepts anyone.
 */
final class Credentials {

    private Credentials() {
    }

    static String passwordFor(DatabaseSettings settings, String databaseName) {
        if (settings.mode() == Mode.EMBEDDED) {
            return H2Dialect.EMBEDDED_PASSWORD;
        }
        String configured = settings.password();
        if (configured == null || configured.isBlank()) {
            throw new StoreException("kiosk database " + databaseName + ": cannot open: a " + modeName(settings)
                    + " needs a database password in the settings (an empty password is never used)");
        }
        if (configured.equals(H2Dialect.EMBEDDED_PASSWORD)) {
            throw new StoreException("kiosk database " + databaseName
                    + ": cannot open: the configured database password is the program's built-in one; choose another");
        }
        return configured;
    }

    /**
     * Makes sure this mode's password opens the file database at {@code dataDir},
     * creating the database if there is none yet.
     *
     * @return a connection with that password; holding it keeps the database open, so the
     *         pool that follows need not open the file a second time
     */
    static Connection settle(Path dataDir, DatabaseSettings settings, String databaseName) {
        String url = H2Dialect.fileUrl(dataDir);
        String wanted = passwordFor(settings, databaseName);
        try {
            return DriverManager.getConnection(url, H2Dialect.USER, wanted);
        } catch (SQLException e) {
            if (!DatabaseErrors.isWrongPassword(e)) {
                throw failure(databaseName, e);
            }
        }
        String previous = settings.mode() == Mode.SERVER ? H2Dialect.EMBEDDED_PASSWORD : settings.password();
        if (previous == null || previous.isBlank() || previous.equals(wanted)) {
            throw wrongPassword(databaseName);
        }
        try (Connection connection = DriverManager.getConnection(url, H2Dialect.USER, previous)) {
            H2Dialect.changePassword(connection, wanted);
            return DriverManager.getConnection(url, H2Dialect.USER, wanted);
        } catch (SQLException e) {
            throw DatabaseErrors.isWrongPassword(e) ? wrongPassword(databaseName) : failure(databaseName, e);
        }
    }

    private static StoreException wrongPassword(String databaseName) {
        return new StoreException("kiosk database " + databaseName + ": cannot open: wrong password; the file keeps"
                + " the password it was created or last served with, so configure that database password again");
    }

    private static StoreException failure(String databaseName, SQLException e) {
        return new StoreException("kiosk database " + databaseName + ": cannot open: " + DatabaseErrors.plainWords(e), e);
    }

    private static String modeName(DatabaseSettings settings) {
        return settings.mode() == Mode.SERVER ? "kiosk that serves its database" : "kiosk that uses a database server";
    }
}
