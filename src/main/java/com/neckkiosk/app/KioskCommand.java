package com.neckkiosk.app;

import com.neckkiosk.alerts.AlertSpool;
import com.neckkiosk.alerts.SpoolingVisitLog;
import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.store.Backups;
import com.neckkiosk.ui.wizard.KioskApp;
import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Optional;

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
        if (config.database().mode() != DatabaseSettings.Mode.CLIENT) {
            NightlyBackups.start(store::openedOrNull, Backups.folderOf(config.database().dataDir()), Clock.systemDefaultZone());
        }
        KioskApp.launch(config, log, line.has("--windowed"), line.has("--exit-after-first-paint"), store::open);
        return ExitCode.OK;
    }
}
