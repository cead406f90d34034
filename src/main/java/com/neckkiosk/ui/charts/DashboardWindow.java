package com.neckkiosk.ui.charts;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.stats.UsageSource;
import com.neckkiosk.ui.Messages;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.Window;
import java.time.Clock;
import java.time.Duration;
import javax.swing.JFrame;
import javax.swing.WindowConstants;

/** The dashboard in a window of its own: for the {@code dashboard} verb and the staff console. */
public final class DashboardWindow {

    private DashboardWindow() {
    }

    /**
     * The dashboard the staff console opens: the clinic's language, name and refresh interval,
     * as large as the console's screen (the console's larger text needs the room).
     */
    public static JFrame open(UsageSource source, ClinicConfig config, Window owner) {
        Rectangle screen = owner.getGraphicsConfiguration().getBounds();
        JFrame frame = open(source, Messages.of(config.defaultLanguage()), config.clinicName(),
                Duration.ofSeconds(config.dashboardRefreshSeconds()),
                screen.getSize());
        frame.setLocation(screen.getLocation());
        return frame;
    }

    /**
     * Opens the dashboard on {@code source}, reloading every {@code refresh}. Closing the
     * window disposes it and stops the reloads; the caller keeps the store open.
     */
    public static JFrame open(UsageSource source, Messages messages, String clinicName, Duration refresh,
                              Dimension size) {
        assert calledOnEDT();
        JFrame frame = new JFrame(messages.format("dashboard.window", clinicName));
        frame.setName("dashboard.window");
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.setContentPane(new DashboardPanel(source, messages, refresh, Clock.systemDefaultZone()));
        frame.setSize(size);
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
        return frame;
    }
}
