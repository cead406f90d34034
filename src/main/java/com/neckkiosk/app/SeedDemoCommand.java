package com.neckkiosk.app;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.store.DemoVisits;
import com.neckkiosk.store.KioskStore;
import com.neckkiosk.store.StoreException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code seed-demo-data N [--days D]} fills the store with N synthetic visits over the last D
 * days (default 90), marked demo so the dashboard says so; {@code seed-demo-data --remove}
 * deletes every demo visit and leaves the real ones.
 */
final class SeedDemoCommand {

    static final int MAX_VISITS = 10_000_000;
    static final int MAX_DAYS = 3650;

    private SeedDemoCommand() {
    }

    static int run(CommandLine line, PrintStream out, PrintStream err) {
        boolean remove = false;
        Integer visits = null;
        int days = 90;
        List<String> args = line.args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            try {
                if (arg.equals("--remove")) {
                    remove = true;
                } else if (arg.equals("--days") || arg.startsWith("--days=")) {
                    String value = arg.equals("--days") ? (i + 1 < args.size() ? args.get(++i) : "") : arg.substring(7);
                    days = number(value, "--days", 1, MAX_DAYS);
                } else if (!arg.startsWith("-") && visits == null) {
                    visits = number(arg, "N (how many visits)", 1, MAX_VISITS);
                } else {
                    err.println("seed-demo-data: unexpected '" + arg + "'; usage: seed-demo-data N [--days D] | --remove");
                    return ExitCode.BAD_INPUT;
                }
            } catch (IllegalArgumentException e) {
                err.println("seed-demo-data: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
        if (remove == (visits != null)) {
            err.println("seed-demo-data: give either N (how many visits, 1 to " + MAX_VISITS + ") or --remove");
            return ExitCode.BAD_INPUT;
        }
        Optional<ClinicConfig> settings = line.clinicConfig(err);
        if (settings.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        ClinicConfig config = settings.get();
        long started = System.nanoTime();
        try (KioskStore store = KioskStore.open(config.database())) {
            if (remove) {
                out.println("removed " + store.removeDemoVisits() + " demo visits; real visits were left as they were");
                return ExitCode.OK;
            }
            LocalDate today = LocalDate.now();
            seed(store, new DemoVisits(System.nanoTime(), List.of(config.kioskId(), config.kioskId() + "-2"),
                    today.minusDays(days - 1L), today), visits);
            out.printf("added %d demo visits over the last %d days in %.1f s (marked demo; remove them with"
                    + " seed-demo-data --remove)%n", visits, days, (System.nanoTime() - started) / 1e9);
            return ExitCode.OK;
        } catch (StoreException e) {
            err.println("seed-demo-data: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }

    /** Inserts {@code count} visits from {@code demo}, complete (answers too, so the console can reprint them). */
    static void seed(KioskStore store, DemoVisits demo, int count) {
        store.insertNewVisits(demo::next, count, true);
    }

    private static int number(String text, String what, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(what + " must be a whole number from " + min + " to " + max + ", not '" + text + "'");
    }
}
