package com.neckkiosk.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the visit and alert store lives.
 *
 * @param mode     EMBEDDED: a file database only this process uses;
 *                 SERVER: the file database, also served over TCP to the front desk;
 *                 CLIENT: a database another kiosk serves
 * @param dataDir  the folder holding the database file (EMBEDDED and SERVER)
 * @param host     the server to reach (CLIENT)
 * @param bindAddress the address the TCP server listens on (SERVER)
 * @param port     the TCP port (SERVER and CLIENT)
 * @param password the database password (SERVER and CLIENT); never H2's default empty one
 */
public record DatabaseSettings(Mode mode, Path dataDir, String host, String bindAddress, int port, String password) {

    public enum Mode {
        EMBEDDED,
        SERVER,
        CLIENT
    }

    public DatabaseSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(dataDir, "dataDir");
    }

    /** A private file database under {@code dataDir}: tests and the out-of-the-box default. */
    public static DatabaseSettings embedded(Path dataDir) {
        return new DatabaseSettings(Mode.EMBEDDED, dataDir, "127.0.0.1", "127.0.0.1", 9092, "");
    }

    @Override
    public String toString() {
        // never print the password
        return "DatabaseSettings[" + mode + ", " + dataDir + ", " + host + ", " + bindAddress + ":" + port + "]";
    }
}
