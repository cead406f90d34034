package com.neckkiosk.ui.wizard;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.selftest.HealthReport;
import com.neckkiosk.store.VisitLog;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.staffexit.StaffActions;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javax.swing.WindowConstants;

/** Starts the patient wizard: the kiosk's full-screen window, or a normal window for development. */
public final class KioskApp {

    /** The development window's size: the smallest screen the layout is tested at. */
    public static final Dimension WINDOWED_SIZE = new Dimension(1280, 800);

    private KioskApp() {
    }

    /**
     * Starts the wizard. Call from {@code main}, not on the EDT: system properties that must
     * precede AWT are set first, then everything else happens in one {@code invokeLater}.
     *
     * @param warmUp              the start-up work begun before the settings were read
     *                            ({@link StartupWarmUp#start}); the window is built once it is done
     * @param windowed            a normal, closable 1280x800 window instead of the kiosk's full screen
     * @param exitAfterFirstPaint exit the JVM right after the attract screen is first painted
     *                            (start-up measurement)
     * @param afterFirstPaint     runs on the EDT once the attract screen is on the display (not
     *                            when exiting there): where the store starts opening and the
     *                            self-test starts, its reports going to the window
     */
    public static void launch(StartupWarmUp warmUp, ClinicConfig config, VisitLog log, boolean windowed,
                              boolean exitAfterFirstPaint, Consumer<Consumer<HealthReport>> afterFirstPaint) {
        prepareAwt();
        EventQueue.invokeLater(() -> {
            KioskTheme.apply(KioskTheme.Look.STANDARD, config.textScale());
            warmUp.await();
            KioskFrame kiosk = create(config, log, !windowed, VisitWriter.newBackgroundExecutor(),
                    Speech.find(config.speech()), StaffActions.of(config), Clock.systemDefaultZone(),
                    System::currentTimeMillis, true);
            if (windowed) {
                kiosk.frame().setDefaultCloseOperation(WindowConstants.EXIT_ON_CLOSE);
            }
            kiosk.afterFirstPaint(exitAfterFirstPaint ? () -> System.exit(0)
                    : () -> afterFirstPaint.accept(kiosk::healthChecked));
            show(kiosk, config, windowed);
        });
        // the first screen's words (resource bundles) are read here, while the EDT installs the theme
        Texts.of(config.defaultLanguage());
    }

    /**
     * Must precede AWT: text antialiasing on Linux machines without a desktop session, and
     * FlatLaf's scale fixed at 1 (the theme's sizes are pixels; text scale grows the fonts).
     */
    public static void prepareAwt() {
        System.setProperty("flatlaf.uiScale", "1");
        System.setProperty("awt.useSystemAAFontSettings", "on");
        System.setProperty("swing.aatext", "true");
    }

    /** Builds the window (not yet shown) around a fresh wizard; the theme must be applied. */
    static KioskFrame create(ClinicConfig config, VisitLog log, boolean kiosk, Executor background) {
        return create(config, log, kiosk, background, Speech.find(config.speech()));
    }

    /** As above, with the speech engine given (tests: one there, none there). */
    static KioskFrame create(ClinicConfig config, VisitLog log, boolean kiosk, Executor background,
                             Optional<Speech> speech) {
        return create(config, log, kiosk, background, speech, StaffActions.of(config), Clock.systemDefaultZone(),
                System::currentTimeMillis);
    }

    /**
     * As above, with what the staff menu does (tests: an exit recorder), the PIN lockout's clock
     * and the milliseconds the idle timer and the corner gesture count (tests: moved by hand).
     */
    static KioskFrame create(ClinicConfig config, VisitLog log, boolean kiosk, Executor background,
                             Optional<Speech> speech, StaffActions staffActions, Clock pinClock, LongSupplier millis) {
        return create(config, log, kiosk, background, speech, staffActions, pinClock, millis, false);
    }

    /**
     * As above; with {@code hiddenLater} (the kiosk's start-up) only what the attract screen shows
     * is built before its first paint, the rest right after it (see {@link KioskFrame}).
     */
    static KioskFrame create(ClinicConfig config, VisitLog log, boolean kiosk, Executor background,
                             Optional<Speech> speech, StaffActions staffActions, Clock pinClock,
                             LongSupplier millis, boolean hiddenLater) {
        assert calledOnEDT();
        Clock clock = Clock.systemDefaultZone();
        Wizard wizard = new Wizard(config, new VisitWriter(log, config.kioskId(), clock, background), clock);
        return new KioskFrame(config, wizard, speech, millis, kiosk, staffActions, pinClock, hiddenLater);
    }

    /** A test's or a developer's window at a given size, with its own background writer. */
    public static KioskFrame createWindowed(ClinicConfig config, VisitLog log, Dimension size) {
        assert calledOnEDT();
        KioskFrame kiosk = create(config, log, false, VisitWriter.newBackgroundExecutor());
        kiosk.frame().setSize(size);
        return kiosk;
    }

    private static void show(KioskFrame kiosk, ClinicConfig config, boolean windowed) {
        if (windowed) {
            kiosk.frame().setSize(WINDOWED_SIZE);
            kiosk.frame().setLocationRelativeTo(null);
            kiosk.frame().setVisible(true);
            return;
        }
        GraphicsDevice[] screens = GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
        GraphicsDevice screen = screens[Math.max(0, Math.min(config.monitor(), screens.length - 1))];
        Rectangle bounds = screen.getDefaultConfiguration().getBounds();
        kiosk.frame().setBounds(bounds);
        kiosk.frame().setAlwaysOnTop(true);
        if (screen.isFullScreenSupported()) {
            screen.setFullScreenWindow(kiosk.frame());
        } else {
            kiosk.frame().setVisible(true);
        }
    }
}
