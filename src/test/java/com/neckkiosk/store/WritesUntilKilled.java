package com.neckkiosk.store;

import com.neckkiosk.config.DatabaseSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Run as a separate process by {@link CrashSafetyIT}: scripted kiosk sessions through the
 * real store and its writer, as fast as they go, until the parent kills it. Prints "open"
 * once the store is open, then "visit ID ok" or "alert ID ok" after each write has
 * committed (the writer's future completed), so the parent knows what must survive.
 */
public final class WritesUntilKilled {

    private WritesUntilKilled() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        String round = args[1];
        LocalDate day = LocalDate.of(2026, 3, 14);
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(dataDir));
             StoreWriter writer = new StoreWriter(store)) {
            System.out.println("open");
            System.out.flush();
            for (int i = 0; ; i++) {
                String code = writer.nextVisitCode("K7", day).join();
                VisitRecord visit = Samples.withCode(Samples.visit(round + "-" + i), code, Samples.NINE_AM);
                if (i % 3 == 0) {
                    AlertRecord alert = Samples.alert(round + "-a" + i, visit, Instant.now());
                    writer.saveWithAlert(visit, alert).join();
                    System.out.println("alert " + alert.id() + " ok");
                }  else {
                    writer.save(visit).join();
                }
                System.out.println("visit " + visit.id() + " ok");
                System.out.flush();
            }
        }
    }
}
