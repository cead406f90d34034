package com.neckkiosk.store;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.config.DatabaseSettings.Mode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The self-test's questions to the store, each answered by doing the real thing once:
 * can this kiosk write its database, and does the shared database answer. An empty answer
 * means yes; otherwise a sentence naming the folder, file or server and what is wrong.
 */
public final class StoreHealth {

    private static final String PROBE = ".self-test-probe";

    private StoreHealth() {
    }

    /** Whether this kiosk shares a database over the network (SERVER or CLIENT). */
    public static boolean isShared(DatabaseSettings settings) {
        return settings.mode() != Mode.EMBEDDED;
    }

    public static String address(DatabaseSettings settings) {
        return H2Dialect.hostAndPort(ownHost(settings), settings.port());
    }

    public static String describeWritable(DatabaseSettings settings) {
        return settings.mode() == Mode.CLIENT
                ? "this kiosk writes to the shared database at " + address(settings)
                : "the data folder " + settings.dataDir().toAbsolutePath().normalize() + " and its database can be written";
    }

    /** For a client, whether the server lets it write; for a file database, folder, file and database. */
    public static Optional<String> cannotWrite(DatabaseSettings settings) {
        if (settings.mode() == Mode.CLIENT) {
            return cannotReach(settings);
        }
        Path dataDir = settings.dataDir().toAbsolutePath().normalize();
        String name = H2Dialect.databasePath(dataDir).toString();
        try {
            DataDirectory.prepare(dataDir, name);
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        }
        Path probe = dataDir.resolve(PROBE);
        try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {1}));
            channel.force(true);
        } catch (IOException e) {
            return Optional.of("cannot write in the data folder " + dataDir + " (" + ioProblem(e)
                    + "): is the disk full or read-only, or the folder not the kiosk user's?");
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException e) {
                // the write itself failed, which is what is reported
            }
        }
        Path file = H2Dialect.databaseFile(dataDir);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (!Files.isWritable(file)) {
            return Optional.of("the database file " + file + " is read-only for this user");
        }
        // the running kiosk holds the file and has just been seen writing it; otherwise ask H2
        return Backups.heldByAnotherProcess(file) ? Optional.empty() : databaseReadOnly(dataDir, name);
    }

    private static Optional<String> databaseReadOnly(Path dataDir, String name) {
        try (Connection connection = Accounts.openAsOwner(dataDir, false, name);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT READONLY()")) {
            row.next();
            return row.getBoolean(1) ? Optional.of("kiosk database " + name + " opens read-only") : Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        } catch (SQLException e) {
            return Optional.of("kiosk database " + name + ": " + DatabaseErrors.plainWords(e));
        }
    }

    /** Logs in to the shared database as other computers do (the clients' account), then leaves. */
    public static Optional<String> cannotReach(DatabaseSettings settings) {
        String address = address(settings);
        String password = settings.password();
        if (password == null || password.isBlank()) {
            return Optional.of("the shared database at " + address + ": no db.password in the settings");
        }
        String url = "jdbc:h2:tcp://" + address + "/" + H2Dialect.DATABASE_NAME;
        try (Connection connection = DriverManager.getConnection(url, H2Dialect.CLIENT, password)) {
            return connection.isValid(5) ? Optional.empty()
                    : Optional.of("the shared database at " + address + " does not answer");
        } catch (SQLException e) {
            return Optional.of("the shared database at " + address + ": " + DatabaseErrors.plainWords(e));
        }
    }

    /** A server kiosk checks its own server: on loopback when it listens on every address. */
    private static String ownHost(DatabaseSettings settings) {
        if (settings.mode() == Mode.CLIENT) {
            return String.valueOf(settings.host());
        }
        String bind = String.valueOf(settings.bindAddress());
        return bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind;
    }

    private static String ioProblem(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException || message.contains("Permission denied")
                || message.contains("Operation not permitted")) {
            return "permission denied";
        }
        if (message.contains("Read-only file system")) {
            return "read-only file system";
        }
        if (message.contains("No space left")) {
            return "no space left on the disk";
        }
        return e.getClass().getSimpleName() + ": " + message;
    }
}
