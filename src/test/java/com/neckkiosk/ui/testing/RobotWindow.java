package com.neckkiosk.ui.testing;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Point;
import java.io.File;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.image.ScreenshotTaker;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every robot test of a real window needs, in one place: the EDT guard, a robot with its
 * own AWT hierarchy, the window built on the EDT and shown at its size at (0, 0), a PNG of the
 * display when the test fails (taken before anything is closed, as {@link ScreenshotOnFailure}
 * does), and after each test the window disposed on the EDT and the robot cleaned up.
 *
 * <pre>
 * &#64;RegisterExtension
 * final RobotWindow gui = new RobotWindow(Timeout.timeout(10_000));
 * ...
 * kiosk = gui.open(RobotWindow.KIOSK_SIZE, () -&gt; KioskApp.createWindowed(...), KioskFrame::frame, KioskFrame::dispose);
 * gui.tap("intro.start");
 * gui.waitUntil("a question", () -&gt; kiosk.wizard().page() == Page.QUESTION);
 * </pre>
 */
public final class RobotWindow implements AfterTestExecutionCallback, AfterEachCallback {

    /** The kiosk's screen. */
    public static final Dimension KIOSK_SIZE = new Dimension(1920, 1080);

    private final Timeout wait;
    private final ScreenshotOnFailure screenshotOnFailure = new ScreenshotOnFailure();
    private Robot robot;
    private FrameFixture window;
    private Runnable dispose;

    /** @param wait how long {@link #waitUntil} waits before the test fails */
    public RobotWindow(Timeout wait) {
        this.wait = wait;
    }

    /**
     * Builds the window's owner on the EDT and shows its frame at {@code size}, at (0, 0) (where
     * {@code FrameFixture.show} leaves it at (100, 100), a 1920x1080 window's edges would be off
     * the screen). {@code dispose} runs on the EDT when the test ends or {@link #close} is called.
     */
    public <T> T open(Dimension size, Callable<T> build, Function<T, JFrame> frameOf, Consumer<T> dispose) {
        FailOnThreadViolationRepaintManager.install();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        T owner = GuiActionRunner.execute(build);
        this.dispose = () -> dispose.accept(owner);
        window = new FrameFixture(robot, GuiActionRunner.execute(() -> frameOf.apply(owner)));
        window.show(size);
        window.moveTo(new Point(0, 0));
        return owner;
    }

    public Robot robot() {
        return robot;
    }

    public FrameFixture window() {
        return window;
    }

    /** Disposes the window (on the EDT) and cleans the robot up; nothing happens the second time. */
    public void close() {
        Runnable closing = dispose;
        Robot cleaning = robot;
        dispose = null;
        robot = null;
        window = null;
        try {
            if (closing != null) {
                GuiActionRunner.execute(closing::run);
            }
        } finally {
            if (cleaning != null) {
                cleaning.cleanUp();
            }
        }
    }

    /** Waits, without sleeping, until {@code check} (run on the EDT) holds. */
    public void waitUntil(String description, BooleanSupplier check) {
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(check::getAsBoolean);
            }
        }, wait);
    }

    /** Clicks the button named {@code name}. */
    public void tap(String name) {
        window.button(name).click();
    }

    /** Clicks the toggle button named {@code name}. */
    public void tapToggle(String name) {
        window.toggleButton(name).click();
    }

    /** Saves the window, once the robot is idle, as {@code target/DIR/NAME.png}. */
    public void shot(String dir, String name) {
        File folder = new File("target", dir);
        folder.mkdirs();
        File file = new File(folder, name + ".png");
        file.delete();
        robot.waitForIdle();
        new ScreenshotTaker().saveComponentAsPng(window.target(), file.getPath());
    }

    /** The component of that name under {@code root}, at any depth (call on the EDT); null if none. */
    public static Component named(Container root, String name) {
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container container) {
                Component found = named(container, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        screenshotOnFailure.afterTestExecution(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }
}
