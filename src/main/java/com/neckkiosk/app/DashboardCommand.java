package com.neckkiosk.app;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.content.Language;
import com.neckkiosk.store.KioskStore;
import com.neckkiosk.store.StoreException;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.Messages;
import com.neckkiosk.ui.charts.DashboardRendering;
import com.neckkiosk.ui.charts.DashboardWindow;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/** {@code dashboard [--language en|es]}: the manager's usage charts in a window of their own. */
final class DashboardCommand {

    /** The kiosk's theme is sized for touch at arm's length; a desk screen reads smaller text. */
    static final double DESK_TEXT_SCALE = 0.55;

    private DashboardCommand() {
    }

    static int run(CommandLine line, PrintStream err) {
        Language language = null;
        for (String arg : line.args()) {
            if (arg.startsWith("--language=")) {
                Optional<Language> chosen = Language.fromCode(arg.substring("--language=".length()));
                if (chosen.isEmpty()) {
                    err.println("dashboard: unknown language '" + arg.substring(11) + "'; allowed: en, es");
                    return ExitCode.BAD_INPUT;
                }
                language = chosen.get();
            } else {
                err.println("dashboard: unknown option '" + arg + "'; allowed: --language=en|es, --config DIR");
                return ExitCode.BAD_INPUT;
            }
        }
        Optional<ClinicConfig> settings = line.clinicConfig(err);
        if (settings.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        ClinicConfig config = settings.get();
        if (GraphicsEnvironment.isHeadless()) {
            err.println("dashboard: no display to show the dashboard on (DISPLAY is not set)");
            return ExitCode.FAILED;
        }
        Messages messages = Messages.of(language == null ? config.defaultLanguage() : language);
        // the look and the charts' code get ready on the EDT while this thread opens the store
        SwingUtilities.invokeLater(() -> {
            KioskTheme.apply(KioskTheme.Look.STANDARD, DESK_TEXT_SCALE);
            DashboardRendering.warmUp(messages.language());
        });
        KioskStore store;
        try {
            store = KioskStore.open(config.database()); // on the main thread, never the EDT
        } catch (StoreException e) {
            err.println("dashboard: " + e.getMessage());
            return ExitCode.FAILED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(store::close, "store-closer"));
        SwingUtilities.invokeLater(() -> {
            JFrame frame = DashboardWindow.open(store.usageCache(), messages, config.clinicName(),
                    Duration.ofSeconds(config.dashboardRefreshSeconds()), new Dimension(1600, 1000));
            frame.addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent e) {
                    new Thread(() -> System.exit(0), "dashboard-exit").start();
                }
            });
        });
        return ExitCode.OK;
    }
}
