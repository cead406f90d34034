package com.neckkiosk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.tools.DeleteDbFiles;
import org.h2.tools.Restore;

/**
 * What is H2 rather than standard SQL: JDBC URLs, file names, accounts and passwords, and
 * the online backup taken before a schema upgrade. The migration scripts and the
 * repositories' statements are plain SQL. Moving a group of clinics to PostgreSQL means
 * replacing this class and the H2-specific helpers around it ({@link TcpServer},
 * {@link OwnerKey}, {@link UpgradeBackup}, the error codes in {@link DatabaseErrors}), where
 * the server's own roles and transactional DDL do the same jobs.
 */
final class H2Dialect {

    /**
     * The database's administrator: creates it, upgrades its tables, and is used only by
     * the process that has the file open, never over the network.
     */
    static final String OWNER = "kiosk_owner";

    /**
     * The account other computers use while a kiosk serves its database: it reads and
     * writes rows and can do nothing else (no code, no files, no tables), so a password
     * shared across a clinic cannot take over the serving computer.
     */
    static final String CLIENT = "kiosk";

    /**
     * The owner's password until the database is first served (then a random key replaces
     * it, see {@link OwnerKey}). It is no secret, as nothing but the process holding the
     * file can log in then; it exists so that H2's empty default password is never in use.
     */
    static final String BUILT_IN_OWNER_PASSWORD = "neck-kiosk-owner";

    static final String DATABASE_NAME = "kiosk";

    private H2Dialect() {
    }

    /** The database as a path without H2's file suffix, as messages name it. */
    static Path databasePath(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(DATABASE_NAME);
    }

    static Path databaseFile(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(DATABASE_NAME + ".mv.db");
    }

    /**
     * The database file, opened so that every commit is appended to its end (REUSE_SPACE=FALSE).
     * H2 writes each commit as a new chunk. With space reuse it may put that chunk into a gap
     * left by old ones, and there H2's recovery after a kill or a power cut does not find it:
     * the file header still names an older chunk, so a visit or an alert the kiosk had reported
     * saved is gone (CommitSurvivesAKillTest: with reuse, 33 of 120 commits were missing from
     * the file as a kill right after them would leave it). Appended, the newest chunk is at the
     * end, where recovery looks. The file then grows by each commit's chunk, so the store
     * compacts it when it opens or closes and it is mostly free space ({@link #sparse}).
     *
     * <p>DB_CLOSE_ON_EXIT=FALSE: H2 would otherwise close the database from a shutdown hook of
     * its own, beside the kiosk's, so on a stop (systemd's SIGTERM) the writes the kiosk drains
     * in its hook could meet a closed database. The store closes it itself; a process that exits
     * without closing it leaves what a kill leaves, every commit in the file.
     */
    static String fileUrl(Path dataDir) {
        String path = databasePath(dataDir).toString();
        if (path.contains(";")) {
            // H2 would read the rest as URL settings
            throw new StoreException("kiosk database " + path + ": the folder name may not contain ';'");
        }
        return "jdbc:h2:file:" + path + ";REUSE_SPACE=FALSE;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Below this share of the file in use, the file is compacted (when the store opens or closes). */
    static final int COMPACT_BELOW_FILL_PERCENT = 50;
    /** Smaller files are left as they are: compacting them gains little. */
    static final long COMPACT_FROM_BYTES = 4L << 20;

    /**
     * Whether the database's file is mostly space its data no longer uses (see {@link #fileUrl}):
     * the share of the file in chunks, times the share of those chunks' pages still in use.
     */
    static boolean sparse(Connection connection) throws SQLException {
        long fileBytes = 0;
        int filePercent = 100;
        int chunksPercent = 100;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (row.next()) {
                switch (row.getString(1)) {
                    case "info.FILE_SIZE" -> fileBytes = Long.parseLong(row.getString(2));
                    case "info.FILL_RATE" -> filePercent = Integer.parseInt(row.getString(2));
                    default -> chunksPercent = Integer.parseInt(row.getString(2));
                }
            }
        }
        return fileBytes >= COMPACT_FROM_BYTES && filePercent * chunksPercent < COMPACT_BELOW_FILL_PERCENT * 100;
    }

    /** Whether {@code connection} is the database's only session (nobody else in this process or over the network). */
    static boolean alone(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            return row.next() && row.getInt(1) == 1;
        }
    }

    static boolean isFileUrl(String url) {
        return url.startsWith("jdbc:h2:file:");
    }

    /** The database a {@link TcpServer} serves from its data folder. */
    static String serverUrl(String host, int port) {
        return "jdbc:h2:tcp://" + hostAndPort(host, port) + "/" + DATABASE_NAME + ";AUTO_RECONNECT=TRUE";
    }

    static String hostAndPort(String host, int port) {
        boolean ipv6 = host.contains(":") && !host.startsWith("[");
        return (ipv6 ? "[" + host + "]" : host) + ":" + port;
    }

    static boolean exists(Path dataDir) {
        return Files.exists(databaseFile(dataDir));
    }

    static void changePassword(Connection connection, String user, String password) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("ALTER USER " + user + " SET PASSWORD ?")) {
            statement.setString(1, password);
            statement.execute();
        }
    }

    /** Creates or updates the clients' account: rows in the kiosk's tables, nothing more. */
    static void grantClientAccount(Connection connection, String password) throws SQLException {
        try (PreparedStatement create = connection.prepareStatement("CREATE USER IF NOT EXISTS " + CLIENT + " PASSWORD ?")) {
            create.setString(1, password);
            create.execute();
        }
        changePassword(connection, CLIENT, password);
        try (Statement grant = connection.createStatement()) {
            grant.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA PUBLIC TO " + CLIENT);
        }
    }

    static void dropClientAccount(Connection connection) throws SQLException {
        try (Statement drop = connection.createStatement()) {
            drop.execute("DROP USER IF EXISTS " + CLIENT);
        }
    }

    /**
     * Makes each commit reach the file before it returns. H2 otherwise keeps commits in
     * memory for up to half a second (WRITE_DELAY 500), and a kiosk killed or losing power
     * in that time loses visits and alerts it had reported saved (CrashSafetyIT found it).
     * The setting is stored in the database; it is set again at every start all the same.
     */
    static void writeEachCommit(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY 0");
        }
    }

    /** A consistent copy of the open database (H2's MVStore is copy-on-write, so no locks). */
    static void backup(Connection connection, Path zip) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }

    /** Closes the database at once for every connection, so its files can be replaced. */
    static Void shutdown(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        return null;
    }

    /** H2's page cache while a bulk load runs: the visit table's random-id index then stays in memory. */
    static final int BULK_LOAD_CACHE_KB = 256 * 1024;

    /**
     * Settings for a bulk load (a large page cache, old pages overwritten at once rather than
     * kept 45 s), which persist in the database; returns the statements that put the previous
     * values back. While it runs, the file's free space is reused: appended, a load of a million
     * visits would leave the file many times its data's size. A kill during the load may then
     * lose its last batches, which is how any interrupted load ends: it is run again.
     */
    static List<String> beginBulkLoad(Connection connection) throws SQLException {
        reuseSpace(connection, true);
        List<String> restore = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME IN ('info.CACHE_MAX_SIZE', 'RETENTION_TIME')")) {
                while (row.next()) {
                    long value = Long.parseLong(row.getString(2));
                    restore.add(row.getString(1).equals("RETENTION_TIME") ? "SET RETENTION_TIME " + value
                            : "SET CACHE_SIZE " + value * 1024); // reported in MB, set in KB
                }
            }
            statement.execute("SET CACHE_SIZE " + BULK_LOAD_CACHE_KB);
            statement.execute("SET RETENTION_TIME 0");
        }
        return restore;
    }

    static void endBulkLoad(Connection connection, List<String> restore) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String setting : restore) {
                statement.execute(setting);
            }
        }
        reuseSpace(connection, false);
    }

    /**
     * Turns the reuse of free space (off from the URL, see {@link #fileUrl}) on or off in the
     * open database. H2 has no statement for it; its engine, here in this process, has a method.
     */
    private static void reuseSpace(Connection connection, boolean reuse) throws SQLException {
        MVStore store = fileStore(connection);
        if (store != null) {
            store.setReuseSpace(reuse);
        }
    }

    /** Whether the open database reuses its file's free space (for tests). */
    static boolean reusesSpace(Connection connection) throws SQLException {
        MVStore store = fileStore(connection);
        return store != null && store.isSpaceReused();
    }

    /** H2's store of the database file, when this process holds it; else null. */
    private static MVStore fileStore(Connection connection) throws SQLException {
        return connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local
                && local.getDatabase().getStore() != null ? local.getDatabase().getStore().getMvStore() : null;
    }

    /** Closes the database as {@link #shutdown} does, then rewrites its file without free space. */
    static Void shutdownCompacted(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
        return null;
    }

    /** Removes the database's files; the database must be closed. */
    static void delete(Path dataDir) {
        DeleteDbFiles.execute(dataDir.toAbsolutePath().toString(), DATABASE_NAME, true);
    }

    /** Puts a {@link #backup} back in place of the database files; the database must be closed. */
    static void restore(Path zip, Path dataDir) {
        Restore.execute(zip.toAbsolutePath().toString(), dataDir.toAbsolutePath().toString(), DATABASE_NAME);
    }
}
