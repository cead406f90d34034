package com.neckkiosk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.tools.DeleteDbFiles;
import org.h2.tools.Restore;

/**
 * What is H2 rather than standard SQL: JDBC URLs, the file names, changing a password,
 * and the online backup taken before a schema upgrade. Everything else in the store is
 * plain SQL, so pointing a group of clinics at PostgreSQL means replacing this class (and
 * the H2 error codes in {@link DatabaseErrors}, and {@link TcpServer}).
 */
final class H2Dialect {

    /** The one database account; the creator of an H2 database is its administrator. */
    static final String USER = "kiosk";

    /**
     * Password of a database only this process opens. It is no secret (the file itself is
     * protected by the folder's permissions); it exists so that H2's empty default password
     * is never in use, not even before a kiosk is switched to serving its database.
     */
    static final String EMBEDDED_PASSWORD = "neck-kiosk-embedded";

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

    /** The database a {@link TcpServer} serves from its data folder. */
    static String serverUrl(String host, int port) {
        return "jdbc:h2:tcp://" + hostAndPort(host, port) + "/" + DATABASE_NAME;
    }

    static String hostAndPort(String host, int port) {
        boolean ipv6 = host.contains(":") && !host.startsWith("[");
        return (ipv6 ? "[" + host + "]" : host) + ":" + port;
    }

    static boolean exists(Path dataDir) {
        return Files.exists(databaseFile(dataDir));
    }

    static void changePassword(Connection connection, String password) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("ALTER USER " + USER + " SET PASSWORD ?")) {
            statement.setString(1, password);
            statement.execute();
        }
    }

    /** A consistent copy of the open database (H2's MVStore is copy-on-write, so no locks). */
    static void backup(Connection connection, Path zip) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }

    /** Closes the database at once for every connection, so its files can be replaced. */
    static void shutdown(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
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
