package com.neckkiosk.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings that load but that a clinic almost certainly does not want, such as the
 * development PINs shipped in the example file. Worth showing at start-up and in
 * {@code check-config}; they do not stop the kiosk.
 *
 * <p>Checking the PINs costs two PIN hashes (a fraction of a second): call it off the
 * event dispatch thread.
 */
public final class ConfigWarnings {

    /** The PINs whose hashes ship in the example kiosk.properties; they are public knowledge. */
    static final String DEVELOPMENT_STAFF_PIN = "2580";
    static final String DEVELOPMENT_MANAGER_PIN = "1379";

    private ConfigWarnings() {
    }

    /** One plain sentence per warning; empty when there is nothing to say. */
    public static List<String> of(ClinicConfig config) {
        List<String> warnings = new ArrayList<>();
        if (PinHash.matches(DEVELOPMENT_STAFF_PIN.toCharArray(), config.staffPinHash())) {
            warnings.add("staff.pin.hash is still the development PIN " + DEVELOPMENT_STAFF_PIN
                    + "; set the clinic's own PIN with the hash-pin command before patients use this kiosk");
        }
        if (PinHash.matches(DEVELOPMENT_MANAGER_PIN.toCharArray(), config.managerPinHash())) {
            warnings.add("manager.pin.hash is still the development PIN " + DEVELOPMENT_MANAGER_PIN
                    + "; set the clinic's own PIN with the hash-pin command before patients use this kiosk");
        }
        if (config.staffPinHash().equals(config.managerPinHash())) {
            warnings.add("staff.pin.hash and manager.pin.hash are the same, so front-desk staff can open the"
                    + " manager screens; give the manager a PIN of its own");
        }
        DatabaseSettings database = config.database();
        if (database.mode() == DatabaseSettings.Mode.SERVER && isLoopback(database.bindAddress())) {
            warnings.add("db.mode is server but db.server.bind is " + database.bindAddress()
                    + ", so only this machine can reach the database; set this machine's network address"
                    + " (or 0.0.0.0) for the front desk to connect");
        }
        return List.copyOf(warnings);
    }

    private static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1") || address.equalsIgnoreCase("localhost");
    }
}
