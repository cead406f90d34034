package com.neckkiosk.store;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.config.DatabaseSettings.Mode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Who logs in to the database, with which password.
 *
 * <p>H2 makes the first account of a new file its administrator, with the password of
 * that first connection. Here that is always {@link H2Dialect#OWNER}, used only by the
 * process holding the file. Its password is built in while the database has never been
 * served, and becomes a random {@link OwnerKey} the first time it is. Other computers log in
 * as {@link H2Dialect#CLIENT} with the configured password, which the serving kiosk sets
 * every time it starts: changing the password in the settings takes effect at the next
 * start, and a kiosk that stops serving removes the account.
 */
final class Accounts {

    private Accounts() {
    }

    /** The configured password for the clients' account (SERVER and CLIENT). */
    static String clientPassword(DatabaseSettings settings, String databaseName) {
        String configured = settings.password();
        if (configured == null || configured.isBlank()) {
            String who = settings.mode() == Mode.SERVER ? "a kiosk that serves its database"
                    : "a kiosk that uses a database server";
            throw new StoreException("kiosk database " + databaseName + ": cannot open: " + who
                    + " needs a database password in the settings (an empty password is never used)");
        }
        return configured;
    }

    /** What the pool logs in with after {@link #openAsOwner}. */
    static String ownerPassword(Path dataDir, String databaseName) {
        OwnerKey key = new OwnerKey(dataDir, databaseName);
        return key.exists() ? key.read() : H2Dialect.BUILT_IN_OWNER_PASSWORD;
    }

    /**
     * Logs in as the owner, creating the database if there is none yet. About to serve
     * it for the first time, the owner's built-in password is first replaced by a key.
     */
    static Connection openAsOwner(Path dataDir, boolean serving, String databaseName) {
        OwnerKey key = new OwnerKey(dataDir, databaseName);
        try {
            if (serving && !key.exists()) {
                if (!H2Dialect.exists(dataDir)) {
                    return connect(dataDir, key.create());
                }
                Connection connection = connect(dataDir, H2Dialect.BUILT_IN_OWNER_PASSWORD);
                H2Dialect.changePassword(connection, H2Dialect.OWNER, key.create());
                return connection;
            }
            String password = key.exists() ? key.read() : H2Dialect.BUILT_IN_OWNER_PASSWORD;
            try {
                return connect(dataDir, password);
            } catch (SQLException e) {
                if (!DatabaseErrors.isWrongPassword(e) || !key.exists()) {
                    throw e;
                }
                // the program stopped after writing a new key but before the database took it
                Connection connection = connect(dataDir, H2Dialect.BUILT_IN_OWNER_PASSWORD);
                H2Dialect.changePassword(connection, H2Dialect.OWNER, password);
                return connection;
            }
        } catch (SQLException e) {
            if (DatabaseErrors.isWrongPassword(e)) {
                throw new StoreException("kiosk database " + databaseName + ": cannot open: the owner key file "
                        + key.file() + " is missing or belongs to another database; restore it from the same backup"
                        + " as the database", e);
            }
            throw new StoreException("kiosk database " + databaseName + ": cannot open: "
                    + DatabaseErrors.plainWords(e), e);
        }
    }

    private static Connection connect(Path dataDir, String password) throws SQLException {
        return DriverManager.getConnection(H2Dialect.fileUrl(dataDir), H2Dialect.OWNER, password);
    }
}
