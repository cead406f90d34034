package com.neckkiosk.store;

import java.nio.file.Path;
import java.sql.Connection;

/**
 * Run as a separate process by {@link StoreErrorsTest}: opens a kiosk's file database, says
 * "open" on standard output, and keeps it open until its standard input closes.
 */
public final class HoldsDatabaseOpen {

    private HoldsDatabaseOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = TestDatabases.connect(Path.of(args[0]))) {
            System.out.println(connection.isValid(5) ? "open" : "not open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to let go
            }
        }
    }
}
