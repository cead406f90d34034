package com.neckkiosk.app;

import com.neckkiosk.alerts.SheetReprinter;
import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.print.FrontDeskReprint;
import com.neckkiosk.print.SheetPrinter;
import com.neckkiosk.stats.UsageSource;
import com.neckkiosk.store.KioskStore;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.charts.DashboardWindow;
import com.neckkiosk.ui.staff.StaffConsole;
import com.neckkiosk.ui.wizard.KioskApp;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.swing.JFrame;
import javax.swing.WindowConstants;

/**
 * {@code staff [--trace]}: the front-desk alert console, a client of the database the
 * kiosks share. {@code --trace} prints one line per alert as it appears
 * ({@code shown <alert id> <kiosk name> <open|acknowledged> <epoch ms>}), for tests and {@code bench alerts}.
 */
final class StaffCommand {

    /** Text scale of the console: a desk screen read from arm's length, not a kiosk read standing. */
    static final double CONSOLE_TEXT_SCALE = 0.75;

    private StaffCommand() {
    }

    static int run(CommandLine line, PrintStream out, PrintStream err) {
        for (String arg : line.args()) {
            if (!arg.equals("--trace")) {
                err.println("staff: unknown option '" + arg + "'; allowed: --trace");
                return ExitCode.BAD_INPUT;
            }
        }
        Optional<ClinicConfig> settings = line.clinicConfig(err);
        if (settings.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        ClinicConfig config = settings.get();
        if (GraphicsEnvironment.isHeadless()) {
            err.println("staff: no display to show the console on (DISPLAY is not set); run it on the front desk's"
                    + " desktop session or under Xvfb");
            return ExitCode.FAILED;
        }
        DatabaseSettings database = consoleDatabase(config.database());
        PrintStream trace = line.has("--trace") ? out : null;
        KioskApp.prepareAwt();
        EventQueue.invokeLater(() -> {
            KioskTheme.apply(KioskTheme.Look.STANDARD, CONSOLE_TEXT_SCALE);
            StaffConsole console = new StaffConsole(config, () -> {
                try {
                    return KioskStore.open(database);
                } catch (RuntimeException e) {
                    err.println("staff: " + e.getMessage());
                    throw e;
                }
            }, Clock.systemDefaultZone(), new StaffConsole.Hooks(reprinter(config), (source, owner) -> dashboard(config, source, owner)),
                    trace);
            console.frame().setDefaultCloseOperation(WindowConstants.EXIT_ON_CLOSE);
            console.frame().setSize(1280, 800);
            console.frame().setLocationRelativeTo(null);
            console.frame().setVisible(true);
            console.start();
        });
        return ExitCode.OK;
    }

    /**
     * The console is a client of the shared database. On the serving kiosk's own computer
     * ({@code db.mode = server}) it connects to that server rather than to the file the
     * kiosk holds open.
     */
    static DatabaseSettings consoleDatabase(DatabaseSettings settings) {
        if (settings.mode() != DatabaseSettings.Mode.SERVER) {
            return settings;
        }
        String bind = settings.bindAddress();
        String host = bind == null || bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind;
        return new DatabaseSettings(DatabaseSettings.Mode.CLIENT, settings.dataDir(), host, settings.bindAddress(),
                settings.port(), settings.password());
    }

    /**
     * Reprinting at the front desk: the visit's sheet rebuilt from its stored answer ids and
     * printed on the clinic's queue ({@code print.queue}), with the same time limit as a kiosk.
     */
    static SheetReprinter reprinter(ClinicConfig config) {
        return new FrontDeskReprint(config, new SheetPrinter(Duration.ofSeconds(config.printTimeoutSeconds())));
    }

    /**
     * The manager dashboard, opened after the manager PIN, on the console's store: its queries run
     * on the dashboard's own thread; the console disposes the window (and so its refresh timer)
     * when it closes. Runs on the event dispatch thread.
     */
    static Window dashboard(ClinicConfig config, UsageSource source, JFrame owner) {
        return DashboardWindow.open(source, config, owner);
    }
}
