package com.neckkiosk.store;

import com.neckkiosk.config.DatabaseSettings;
import java.nio.file.Path;

/**
 * Run as a separate process by {@link BindAddressTest}, so H2 loads fresh: serves a kiosk
 * database on the given address and port, says "serving", and stops when its standard
 * input closes. Arguments: data folder, bind address, port, password.
 */
public final class ServesOnOneAddress {

    private ServesOnOneAddress() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseSettings settings = new DatabaseSettings(DatabaseSettings.Mode.SERVER, Path.of(args[0]), args[1],
                args[1], Integer.parseInt(args[2]), args[3]);
        try (KioskStore store = KioskStore.open(settings)) {
            System.out.println("serving " + store.countVisits());
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the test lets go
            }
        }
    }
}
