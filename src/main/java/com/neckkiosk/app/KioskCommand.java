package com.neckkiosk.app;

import com.neckkiosk.alerts.AlertSpool;
import com.neckkiosk.alerts.SpoolingVisitLog;
import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.selftest.CheckResult;
import com.neckkiosk.selftest.HealthReport;
import com.neckkiosk.selftest.HealthWatch;
import com.neckkiosk.selftest.SelfTest;
import com.neckkiosk.store.Backups;
import com.neckkiosk.store.PrinterNotice;
import com.neckkiosk.store.StoreException;
import com.neckkiosk.ui.wizard.KioskApp;
import com.neckkiosk.ui.wizard.StartupWarmUp;
import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** {@code kiosk [--windowed] [--exit-after-first-paint]}: the patient wizard on the clinic's store. */
final class KioskCommand {

    /** How often spooled alerts are offered to the database again. */
    static final long SPOOL_DELIVERY_MILLIS = 2_000;

    private KioskCommand() {
    }

    static int run(CommandLine line, PrintStream err) {
        for (String arg : line.args()) {
            if (!arg.equals("--windowed") && !arg.equals("--exit-after-first-paint")) {
                err.println("kiosk: unknown option '" + arg + "'; allowed: --windowed, --exit-after-first-paint");
                return ExitCode.BAD_INPUT;
            }
        }
        // the display, fonts and layout set-up start on the second core while the settings are read
        StartupWarmUp warmUp = StartupWarmUp.start();
        Optional<ClinicConfig> settings = line.clinicConfig(err);
        if (settings.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        ClinicConfig config = settings.get();
        if (GraphicsEnvironment.isHeadless()) {
            err.println("kiosk: no display to show the kiosk on (DISPLAY is not set); "
                    + "run it on the kiosk's desktop session or under Xvfb");
            return ExitCode.FAILED;
        }
        Optional<String> noDisplay = warmUp.displayProblem();
        if (noDisplay.isPresent()) {
            err.println("kiosk: cannot show the kiosk on the display: " + noDisplay.get());
            return ExitCode.FAILED;
        }
        // the store opens once the attract screen is on the display (a start-up measurement that
        // exits at that moment never opens it)
        OpeningStore store = OpeningStore.later(config.database(), config.kioskId(), config.kioskName());
        // an alert the database cannot take is kept on disk and delivered when it answers again
        SpoolingVisitLog log = new SpoolingVisitLog(store, new AlertSpool(config.database().dataDir()))
                .startDelivering(SPOOL_DELIVERY_MILLIS);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.close();
            store.close();
        }, "store-closer"));
        KioskApp.launch(warmUp, config, log, line.has("--windowed"), line.has("--exit-after-first-paint"), window -> {
            store.open();
            watchHealth(config, store, window, err, HealthWatch.RECHECK);
            // off the start-up path too, like the store it copies (its first look is a second later)
            if (config.database().mode() != DatabaseSettings.Mode.CLIENT) {
                NightlyBackups.start(store::openedOrNull, Backups.folderOf(config.database().dataDir()),
                        Clock.systemDefaultZone());
            }
        });
        return ExitCode.OK;
    }

    /**
     * The self-test once the store has opened (or failed to), then the database check {@code every}
     * so often ({@link HealthWatch#RECHECK} in the kiosk): each report goes to the window (out of order while answers
     * cannot be kept) and what changed goes to the log, so the journal says when and why.
     */
    static HealthWatch watchHealth(ClinicConfig config, OpeningStore store, Consumer<HealthReport> window,
                                   PrintStream log, Duration every) {
        AtomicReference<HealthReport> previous = new AtomicReference<>();
        return new HealthWatch(() -> {
            boolean opened = store.awaitOpen();
            return SelfTest.run(config, printer -> printer.notice(config.kioskId(), Instant.now())
                    .filter(notice -> opened)
                    .ifPresent(notice -> tellFrontDesk(store, notice, log)));
        }, () -> SelfTest.database(config.database()), Clock.systemDefaultZone(), report -> {
            HealthReport before = previous.getAndSet(report);
            for (CheckResult changed : report.changedSince(before)) {
                log.println("self-test: " + changed.line());
            }
            if (!report.canKeepAnswers() && (before == null || before.canKeepAnswers())) {
                log.println("self-test: the kiosk is out of order until its database can be written again");
            } else if (report.canKeepAnswers() && before != null && !before.canKeepAnswers()) {
                log.println("self-test: the database can be written again; the kiosk is back in service");
            }
            window.accept(report);
        }).start(every);
    }

    /** A printer that fails the check at start shows on the front desk's console before a patient needs it. */
    private static void tellFrontDesk(OpeningStore store, PrinterNotice notice, PrintStream log) {
        try {
            store.recordPrinterNotice(notice);
        } catch (StoreException e) {
            log.println("self-test: could not tell the front desk about the printer: " + e.getMessage());
        }
    }
}
