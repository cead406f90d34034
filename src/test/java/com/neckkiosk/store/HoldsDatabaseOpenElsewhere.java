package com.neckkiosk.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Run as a separate process by {@link BackupsTest}: tries a backup by hand of a database
 * the test process holds open, as an IT person would while the kiosk runs. Exit 1 with the
 * message when it is refused.
 */
public final class HoldsDatabaseOpenElsewhere {

    private HoldsDatabaseOpenElsewhere() {
    }

    static Process backupByHand(Path dataDir) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldsDatabaseOpenElsewhere.class.getName(),
                dataDir.toString())
                .redirectErrorStream(true)
                .start();
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        try {
            System.out.println(Backups.takeStopped(dataDir, Backups.folderOf(dataDir), Instant.now()));
        } catch (StoreException e) {
            System.out.println(e.getMessage());
            System.exit(1);
        }
    }
}
