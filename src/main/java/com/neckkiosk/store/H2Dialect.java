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

    static String fileUrl(Path dataDir) {
        String path = databasePath(dataDir).toString();
        if (path.contains(";")) {
            // H2 would read the rest as URL settings
            throw new StoreException("kiosk database " + path + ": the folder name may not contain ';'");
        }
        return "jdbc:h2:file:" + path;
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
     * values back.
     */
    static List<String> beginBulkLoad(Connection connection) throws SQLException {
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
