package com.neckkiosk.ui.wizard;

import com.neckkiosk.ui.KioskTheme;
import java.awt.AWTError;
import java.awt.EventQueue;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.Toolkit;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.AccessibleObject;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import net.miginfocom.layout.ConstraintParser;

/**
 * Start-up work that needs no event dispatch thread, done on a second thread (the kiosk has two
 * cores) while the main thread reads the settings. First the connection to the display; once it
 * is there the EDT starts installing the theme ({@link KioskTheme#installAhead}), and this thread
 * reads what the theme reads first (the desktop's settings, the fonts), then sets up what
 * building the window uses (MigLayout's core, whose classes register themselves with
 * {@code java.beans}, and the annotations FlatLaf's style classes read), and last draws
 * anti-aliased shapes and text into an image nobody sees (Java2D's set-up for the first paint).
 * None of it touches {@code UIManager} or a component; the EDT waits for the part the building
 * uses ({@link #await}), so MigLayout's set-up never runs twice at once. What fails here is left
 * alone (the start-up meets it again on its own path and reports it), except the display, whose
 * failure the kiosk reports in words ({@link #displayProblem}).
 */
public final class StartupWarmUp {

    /** FlatLaf's UI classes on the first screen: their fields carry the style annotations it reads. */
    private static final List<String> STYLED_UIS = List.of("FlatPanelUI", "FlatButtonUI", "FlatToggleButtonUI",
            "FlatLabelUI", "FlatTextAreaUI", "FlatScrollPaneUI", "FlatScrollBarUI", "FlatViewportUI");

    private final Thread thread;
    private final CountDownLatch displayTried = new CountDownLatch(1);
    /** Counted down once what building the window uses is set up (or the display failed). */
    private final CountDownLatch forBuilding = new CountDownLatch(1);
    private volatile String displayProblem;

    private StartupWarmUp() {
        thread = new Thread(this::run, "start-up-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts the warm-up; call first thing in the kiosk's start-up, before the settings are read. */
    public static StartupWarmUp start() {
        return new StartupWarmUp();
    }

    /**
     * Waits for the connection to the display; why it failed, if it did (then the kiosk cannot
     * start, and says so in these words rather than with AWT's stack trace).
     */
    public Optional<String> displayProblem() {
        try {
            displayTried.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.ofNullable(displayProblem);
    }

    /**
     * Waits until the warm-up has set up what building the window uses (it does nothing the caller
     * would not do itself); what only painting uses may still be on its way.
     */
    void await() {
        try {
            forBuilding.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            // what the EDT's first task waits for: the display connection (headless without DISPLAY)
            GraphicsEnvironment.getLocalGraphicsEnvironment();
            Toolkit.getDefaultToolkit();
            if (!GraphicsEnvironment.isHeadless()) {
                // FlatLaf reads its theme files on the EDT at once, beside the settings; posted before
                // the kiosk learns the display is there, so it comes before the window's building
                EventQueue.invokeLater(() -> KioskTheme.installAhead(KioskTheme.Look.STANDARD));
            }
        } catch (AWTError | RuntimeException | LinkageError e) {
            displayProblem = String.valueOf(e.getMessage());
            forBuilding.countDown();
            return;
        } finally {
            displayTried.countDown();
        }
        try {
            // what the theme, being installed meanwhile, reads first: the desktop's settings (X
            // settings) for its default font and text anti-aliasing, and the fonts
            Toolkit toolkit = Toolkit.getDefaultToolkit();
            toolkit.getDesktopProperty("gnome.Gtk/FontName");
            toolkit.getDesktopProperty("awt.font.desktophints");
            Font body = new Font(Font.SANS_SERIF, Font.PLAIN, KioskTheme.BODY_PIXELS);
            body.getFamily();
            ZoneId.systemDefault();
            // what building the window uses: MigLayout's toolkit-free core (its classes' set-up and
            // the constraint parser) and the annotations of FlatLaf's style classes
            ConstraintParser.parseLayoutConstraint("insets 0, fill, gap 0, wrap 1, hidemode 3");
            ConstraintParser.parseColumnConstraints("[grow, fill]");
            ConstraintParser.parseRowConstraints("push[]24[]56[]32[]push");
            ConstraintParser.parseComponentConstraint("growx, wmin 10, gapx 56 56, gapy 8 16, w 260::, h 112!");
            ClassLoader loader = StartupWarmUp.class.getClassLoader();
            for (String ui : STYLED_UIS) {
                Class<?> type = Class.forName("com.formdev.flatlaf.ui." + ui, false, loader);
                type.getAnnotations();
                for (AccessibleObject field : type.getDeclaredFields()) {
                    field.getAnnotations();
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError | AWTError e) {
            // the start-up meets the same problem itself, on its own path, and says so there
        } finally {
            forBuilding.countDown();
        }
        try {
            // what the first paint uses, while the window is built: Java2D's anti-aliased shapes
            // (the rounded buttons) and text, drawn once into an image nobody sees
            BufferedImage scratch = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = scratch.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.fill(new RoundRectangle2D.Float(2, 2, 60, 60, 12, 12));
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, KioskTheme.BODY_PIXELS));
                g.drawString("Start \u00f1", 4, 40);
            } finally {
                g.dispose();
            }
        } catch (RuntimeException | LinkageError | AWTError e) {
            // the first paint meets the same problem itself, and says so there
        }
    }
}
