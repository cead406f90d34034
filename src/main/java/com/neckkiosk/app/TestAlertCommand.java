package com.neckkiosk.app;

import com.neckkiosk.alerts.AlertSpool;
import com.neckkiosk.alerts.SpoolingVisitLog;
import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.content.Language;
import com.neckkiosk.store.AlertRecord;
import com.neckkiosk.store.StoreException;
import com.neckkiosk.store.VisitRecord;
import com.neckkiosk.triage.Disposition;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;

/**
 * {@code test-alert [--level emergency|urgent] [--count N] [--every-ms MS] [--wait-delivered SECONDS]}:
 * raises test alerts exactly as a kiosk does (visit and alert in one transaction, the local
 * spool when the database cannot be reached), so a clinic can check that the front desk hears
 * them. The visits are marked demo and the alert's reason says it is a test. Prints
 * {@code raised <alert id> <epoch ms> <delivered|spooled>} per alert, and
 * {@code delivered <alert id>} for each delivered later from the spool.
 */
final class TestAlertCommand {

    static final String REASON = com.neckkiosk.alerts.AlertView.TEST_REASON;

    private TestAlertCommand() {
    }

    static int run(CommandLine line, PrintStream out, PrintStream err) {
        Disposition level = Disposition.EMERGENCY;
        int count = 1;
        long everyMillis = 0;
        long waitSeconds = 0;
        List<String> args = line.args();
        try {
            for (int i = 0; i < args.size(); i++) {
                String option = args.get(i);
                String value = i + 1 < args.size() ? args.get(++i) : null;
                switch (option) {
                    case "--level" -> level = level(value);
                    case "--count" -> count = number(option, value, 1, 10_000);
                    case "--every-ms" -> everyMillis = number(option, value, 0, 60_000);
                    case "--wait-delivered" -> waitSeconds = number(option, value, 0, 3_600);
                    default -> throw new IllegalArgumentException("unknown option '" + option
                            + "'; allowed: --level, --count, --every-ms, --wait-delivered");
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("test-alert: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        Optional<ClinicConfig> settings = line.clinicConfig(err);
        if (settings.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        ClinicConfig config = settings.get();
        try (OpeningStore store = OpeningStore.openInBackground(config.database(), config.kioskId(), config.kioskName());
             SpoolingVisitLog log = new SpoolingVisitLog(store, new AlertSpool(config.database().dataDir()))) {
            // a kiosk's store is open long before a patient's last tap: so is this one's
            store.awaitOpen();
            for (int i = 0; i < count; i++) {
                if (i > 0 && everyMillis > 0) {
                    Thread.sleep(everyMillis);
                }
                raise(config, level, log, out);
            }
            long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
            while (log.spooled() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(250);
                try {
                    int delivered = log.deliverSpooled();
                    if (delivered > 0) {
                        out.println("delivered " + delivered);
                        out.flush();
                    }
                } catch (StoreException e) {
                    // still away; try again until the deadline
                }
            }
            int left = log.spooled();
            if (left > 0) {
                err.println("test-alert: " + left + " alert(s) wait in " + new AlertSpool(config.database().dataDir())
                        .folder() + "; the kiosk delivers them when the database answers");
                return ExitCode.FAILED;
            }
            return ExitCode.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.FAILED;
        }
    }

    private static void raise(ClinicConfig config, Disposition level, SpoolingVisitLog log, PrintStream out) {
        long tapped = System.currentTimeMillis();
        String code = log.nextVisitCode(config.kioskId(), LocalDate.now());
        VisitRecord visit = new VisitRecord(UUID.randomUUID().toString(),
                LocalDateTime.now().truncatedTo(ChronoUnit.HOURS), config.kioskId(), Language.EN, 1, Map.of(),
                level == Disposition.EMERGENCY, level, List.of(REASON), List.of(), VisitRecord.Outcome.COMPLETED,
                "result", VisitRecord.SheetStatus.NOT_PRINTED, code, 0, true);
        AlertRecord alert = new AlertRecord(UUID.randomUUID().toString(), visit.id(), level, List.of(REASON), code,
                config.kioskId(), Instant.now(), null);
        String how;
        try {
            log.saveWithAlert(visit, alert);
            how = "delivered";
        } catch (StoreException e) {
            how = log.spooled() > 0 ? "spooled" : "lost: " + e.getMessage();
        }
        out.println("raised " + alert.id() + " " + tapped + " " + how);
        out.flush();
    }

    private static Disposition level(String value) {
        if ("emergency".equals(value)) {
            return Disposition.EMERGENCY;
        }
        if ("urgent".equals(value)) {
            return Disposition.URGENT;
        }
        throw new IllegalArgumentException("--level must be emergency or urgent, not '" + value + "'");
    }

    private static int number(String option, String value, int min, int max) {
        try {
            int n = Integer.parseInt(String.valueOf(value));
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a whole number from " + min + " to " + max
                + ", not '" + value + "'");
    }
}
