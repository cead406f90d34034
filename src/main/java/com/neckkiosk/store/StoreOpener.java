package com.neckkiosk.store;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.config.DatabaseSettings.Mode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.ObjLongConsumer;

/**
 * The order a store opens in. For a file database: the data folder, an upgrade a crash
 * interrupted, the owner's login, the tables' upgrade, the clients' account, and only
 * then the TCP server, so no other computer sees the database before it is ready. For a
 * client: the login, then the server's tables' version.
 */
final class StoreOpener {

    private StoreOpener() {
    }

    /** Does nothing with the phases' times. */
    static final ObjLongConsumer<String> UNTIMED = (phase, nanos) -> { };

    static KioskStore open(DatabaseSettings settings, List<String> migrationLocations) {
        return open(settings, migrationLocations, UNTIMED);
    }

    /**
     * As {@link #open(DatabaseSettings, List)}, telling {@code phases} how long each step of a
     * file database's opening took: {@code h2-open} (the owner's login and the pool, which opens
     * the file), {@code schema-check} (Flyway's version check, and an upgrade when one is due),
     * {@code rollup-check} (whether a pre-V5 database needs its rollup filled) and
     * {@code accounts} (the clients' account).
     */
    static KioskStore open(DatabaseSettings settings, List<String> migrationLocations, ObjLongConsumer<String> phases) {
        return settings.mode() == Mode.CLIENT ? openClient(settings, migrationLocations)
                : openFile(settings, migrationLocations, phases);
    }

    private static KioskStore openFile(DatabaseSettings settings, List<String> migrationLocations,
            ObjLongConsumer<String> phases) {
        Path dataDir = settings.dataDir();
        String name = H2Dialect.databasePath(dataDir).toString();
        boolean serving = settings.mode() == Mode.SERVER;
        String clientPassword = serving ? Accounts.clientPassword(settings, name) : null;
        if (serving) {
            TcpServer.prepareBindAddress(settings);
        }
        DataDirectory.prepare(dataDir, name);
        UpgradeBackup backup = new UpgradeBackup(dataDir, name);
        backup.restoreIfInterrupted();
        boolean created = !H2Dialect.exists(dataDir);
        if (created) {
            backup.databaseCreatedNow();
        }
        long started = System.nanoTime();
        Database database = openPool(dataDir, serving, name);
        started = lap(phases, "h2-open", started);
        if (database.sparse()) {
            // closed without compacting (a kill, a power cut): its appended commits still fill the file
            database.closeCompactedQuietly();
            database = openPool(dataDir, serving, name);
            started = lap(phases, "compact", started);
        }
        if (created) {
            DataDirectory.protect(H2Dialect.databaseFile(dataDir));
        }
        try {
            new Schema(database, migrationLocations).upgrade(backup);
            started = lap(phases, "schema-check", started);
            // a database from before the usage rollup (V5) gets it filled from its visits once
            database.write("cannot fill the usage statistics from the visits", RollupRows::rebuildIfMissing);
            started = lap(phases, "rollup-check", started);
            database.write("cannot set up the account other computers use", connection -> {
                if (serving) {
                    H2Dialect.grantClientAccount(connection, clientPassword);
                } else {
                    H2Dialect.dropClientAccount(connection);
                }
                return null;
            });
            lap(phases, "accounts", started);
            return new KioskStore(database, serving ? TcpServer.start(settings) : null, dataDir);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** How often a serving kiosk forces its clients' commits onto the disk. */
    static final long SERVED_SYNC_MILLIS = 1_000;

    /**
     * Logs in as the owner, then hands the open database over to a pool. Only the pool's
     * connections stay, so a failed upgrade can close the database at once to put it back.
     */
    private static Database openPool(Path dataDir, boolean serving, String name) {
        Connection owner = Accounts.openAsOwner(dataDir, serving, name);
        try {
            Database database = new Database(name, H2Dialect.fileUrl(dataDir), H2Dialect.OWNER,
                    Accounts.ownerPassword(dataDir, name));
            try {
                // an idle pooled connection keeps the database open: the file is opened once, not twice
                database.withConnection("cannot open", connection -> {
                    H2Dialect.writeEachCommit(connection);
                    return null;
                });
                if (serving) {
                    // other kiosks' commits reach the disk within a second too
                    database.forceToDiskEvery(SERVED_SYNC_MILLIS);
                }
                return database;
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        } finally {
            closeQuietly(owner);
        }
    }

    private static long lap(ObjLongConsumer<String> phases, String phase, long since) {
        long now = System.nanoTime();
        phases.accept(phase, now - since);
        return now;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // the pool holds the database open; nothing depends on this connection any more
        }
    }

    private static KioskStore openClient(DatabaseSettings settings, List<String> migrationLocations) {
        String host = settings.host();
        String name = H2Dialect.hostAndPort(String.valueOf(host), settings.port());
        if (host == null || host.isBlank() || settings.port() < 1 || settings.port() > 65535) {
            throw new StoreException("kiosk database " + name + ": cannot connect: the settings need a server"
                    + " host and a port from 1 to 65535");
        }
        Database database = new Database(name, H2Dialect.serverUrl(host, settings.port()), H2Dialect.CLIENT,
                Accounts.clientPassword(settings, name));
        try {
            database.withConnection("cannot connect", connection -> null);
            new Schema(database, migrationLocations).verify();
            return new KioskStore(database, null, null);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
