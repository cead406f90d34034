package com.neckkiosk.store;

import com.neckkiosk.config.DatabaseSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Direct access to a test's file database, to set up and inspect what the store cannot. */
final class TestDatabases {

    private TestDatabases() {
    }

    /** As the owner, with the password the store would use. */
    static Connection connect(Path dataDir) throws SQLException {
        return DriverManager.getConnection(H2Dialect.fileUrl(dataDir), H2Dialect.OWNER,
                Accounts.ownerPassword(dataDir, dataDir.toString()));
    }

    static void execute(Path dataDir, String sql) throws SQLException {
        try (Connection connection = connect(dataDir); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Every row of a one-column or many-column query, as "a|b|c" strings. */
    static List<String> rows(Path dataDir, String sql) throws SQLException {
        try (Connection connection = connect(dataDir); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                StringBuilder text = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    text.append(i == 1 ? "" : "|").append(row.getString(i));
                }
                rows.add(text.toString());
            }
            return rows;
        }
    }

    /**
     * Replaces {@code to} with a copy of the database files in {@code from} as they are now, minus
     * H2's lock file: what a kill at this moment would leave (the operating system keeps every byte
     * written).
     */
    static void copyAsAKillLeavesThem(Path from, Path to) throws IOException {
        if (Files.isDirectory(to)) {
            try (Stream<Path> old = Files.list(to)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file) && !file.getFileName().toString().endsWith(".lock.db")) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
        }
    }

    static List<String> tables(Path dataDir) throws SQLException {
        return rows(dataDir, "SELECT LOWER(table_name) FROM information_schema.tables"
                + " WHERE table_schema = 'PUBLIC' ORDER BY 1");
    }

    static List<String> appliedVersions(Path dataDir) throws SQLException {
        return rows(dataDir, "SELECT \"version\" || ':' || \"success\" FROM \"flyway_schema_history\""
                + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
    }

    static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static DatabaseSettings server(Path dataDir, int port, String password) {
        return new DatabaseSettings(DatabaseSettings.Mode.SERVER, dataDir, "127.0.0.1", "127.0.0.1", port, password);
    }

    static DatabaseSettings client(Path unusedDataDir, int port, String password) {
        return clientOf(unusedDataDir, "127.0.0.1", port, password);
    }

    static DatabaseSettings clientOf(Path unusedDataDir, String host, int port, String password) {
        return new DatabaseSettings(DatabaseSettings.Mode.CLIENT, unusedDataDir, host, "127.0.0.1", port, password);
    }
}
