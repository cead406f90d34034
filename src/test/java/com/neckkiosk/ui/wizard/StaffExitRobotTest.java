package com.neckkiosk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.PinHash;
import com.neckkiosk.print.PrintOutcome;
import com.neckkiosk.selftest.CheckResult;
import com.neckkiosk.selftest.HealthReport;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.staffexit.CornerTaps;
import com.neckkiosk.ui.staffexit.StaffActions;
import com.neckkiosk.ui.testing.RobotWindow;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.accessibility.AccessibleContext;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.imageio.ImageIO;
import javax.swing.JLabel;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The hidden staff exit on the real kiosk window at 1920x1080: five quick taps in the top-left
 * corner, the PIN pad, the lockout, the staff menu, out of order (set by staff, or by the
 * self-test while the database cannot be written). The gesture's and the idle
 * timer's milliseconds are moved by hand; the exit, test page and self-test are recorders.
 */
class StaffExitRobotTest {

    private static final String PIN = "2468";
    private static final String PIN_HASH = PinHash.hash(PIN.toCharArray());

    @RegisterExtension
    final RobotWindow gui = new RobotWindow(Timeout.timeout(15_000));

    private Robot robot;
    private FrameFixture window;
    private KioskFrame kiosk;
    private final AtomicLong millis = new AtomicLong(1_000_000);
    private final List<Integer> exits = new CopyOnWriteArrayList<>();
    private final StaffActions actions = new StaffActions(exits::add,
            () -> PrintOutcome.printed("KioskPDF"),
            () -> List.of(CheckResult.passed("database", "the data folder can be written"),
                    CheckResult.failed("printer", "no print queue named 'Front'")));

    private void open() {
        ClinicConfig base = TestConfigs.clinic();
        ClinicConfig config = TestConfigs.clinic(base.idleTimeoutSeconds(), base.idleWarningSeconds(),
                base.printerQueue(), base.paperSize(), PIN_HASH);
        kiosk = gui.open(RobotWindow.KIOSK_SIZE, () -> {
            KioskTheme.apply(KioskTheme.Look.STANDARD, config.textScale());
            KioskFrame frame = KioskApp.create(config, new InMemoryVisitLog(), false, Runnable::run, Optional.empty(),
                    actions, Clock.systemUTC(), millis::get);
            frame.idleTimer().stop(); // ticked by hand
            frame.frame().setSize(RobotWindow.KIOSK_SIZE);
            return frame;
        }, KioskFrame::frame, KioskFrame::dispose);
        robot = gui.robot();
        window = gui.window();
    }

    private boolean padOpen() {
        return GuiActionRunner.execute(() -> kiosk.staffLayer().isOpen());
    }

    /** Taps at a point of the window's content (the layered pane), {@code apart} ms after the last. */
    private void tapAt(int x, int y, long apart) {
        millis.addAndGet(apart);
        robot.click(kiosk.frame().getLayeredPane(), new Point(x, y));
    }

    private void cornerTaps(int count, long apart) {
        for (int i = 0; i < count; i++) {
            tapAt(30, 40, apart);
        }
    }

    private void typePin(String pin) {
        for (char digit : pin.toCharArray()) {
            window.button("staffexit.pin.digit." + digit).click();
        }
        window.button("staffexit.pin.enter").click();
    }

    private String padMessage() {
        return GuiActionRunner.execute(() -> window.textBox("staffexit.pin.message").target().getText());
    }

    private void openMenu() {
        cornerTaps(CornerTaps.TAPS, 200);
        gui.waitUntil("pad", this::padOpen);
        openMenuFromPad();
    }

    @Test
    void fiveQuickTapsInTheEmptyCornerOpenThePinPad() {
        open();
        // nothing shows where the corner is: no control there, nothing staff-named on the screen
        Component inCorner = GuiActionRunner.execute(() ->
                SwingUtilities.getDeepestComponentAt(kiosk.frame().getLayeredPane(), 30, 40));
        assertThat(inCorner).isNotInstanceOf(AbstractButton.class);
        assertThat(padOpen()).isFalse();
        cornerTaps(5, 300);
        gui.waitUntil("pad", this::padOpen);
        window.panel("staffexit.layer").requireVisible();
        window.button("staffexit.cancel").requireVisible();
        window.label("staffexit.title").requireText("Staff only");
        everyComponentIsNamedAndDescribed(kiosk.staffLayer());
        window.button("staffexit.cancel").click();
        gui.waitUntil("closed", () -> !kiosk.staffLayer().isOpen());
        assertThat(GuiActionRunner.execute(() -> kiosk.wizard().page())).isEqualTo(Page.ATTRACT);
    }

    @Test
    void fourTapsSlowTapsOrATapElsewhereDoNotOpenIt() {
        open();
        cornerTaps(4, 200);
        tapAt(900, 40, 200); // elsewhere on the bar: the count starts again
        cornerTaps(4, 200);
        assertThat(padOpen()).isFalse();
        tapAt(900, 40, 200);
        cornerTaps(8, 800); // one tap every 0.8 s: never five in three seconds
        assertThat(padOpen()).isFalse();
        // on the attract screen a tap below the bar starts a visit; the corner is still dead
        tapAt(960, 600, 5_000);
        gui.waitUntil("intro", () -> kiosk.wizard().page() == Page.INTRO);
        cornerTaps(4, 100);
        assertThat(padOpen()).isFalse();
    }

    @Test
    void fiveWrongPinsLockThePadAndEvenTheRightOneWaits() {
        open();
        cornerTaps(5, 100);
        gui.waitUntil("pad", this::padOpen);
        for (int wrong = 1; wrong <= 4; wrong++) {
            typePin("1111");
            int left = 5 - wrong;
            gui.waitUntil(left + " tries left", () -> padMessage().contains(left + " tries left"));
        }
        typePin("1111");
        gui.waitUntil("locked", () -> padMessage().startsWith("Too many wrong PINs. The pad is locked until"));
        // Cancel and open again: still locked
        window.button("staffexit.cancel").click();
        cornerTaps(5, 100);
        gui.waitUntil("pad", this::padOpen);
        typePin(PIN);
        gui.waitUntil("locked again", () -> padMessage().startsWith("Too many wrong PINs"));
        assertThat(robot.finder().findAll(kiosk.frame().getLayeredPane(),
                c -> "staffexit.leave".equals(c.getName()) && c.isShowing())).isEmpty();
    }

    @Test
    void theRightPinOpensTheMenuWhoseButtonsDoWhatTheySay() {
        open();
        openMenu();
        everyComponentIsNamedAndDescribed(kiosk.staffLayer());
        window.button("staffexit.selfTest").click();
        gui.waitUntil("self-test listed", () -> kiosk.staffLayer().isOpen()
                && window.textBox("staffexit.result").target().getText().contains("no print queue named 'Front'"));
        assertThat(window.textBox("staffexit.result").target().getText()).startsWith("Something needs fixing:")
                .contains("database: the data folder can be written");
        window.button("staffexit.testPage").click();
        gui.waitUntil("printed", () -> window.textBox("staffexit.result").target().getText()
                .equals("The test page went to the printer KioskPDF."));
        window.button("staffexit.restart").click();
        window.button("staffexit.leave").click();
        gui.waitUntil("exits", () -> exits.size() == 2);
        assertThat(exits).containsExactly(StaffActions.RESTART, StaffActions.LEAVE);
    }

    @Test
    void outOfOrderShowsInTheChosenLanguageUntilStaffClearIt() {
        open();
        openMenu();
        window.button("staffexit.outOfOrder.es").click();
        gui.waitUntil("out of order", () -> kiosk.outOfOrder() && !kiosk.staffLayer().isOpen());
        assertThat(GuiActionRunner.execute(() -> window.textBox("outOfOrder.title").target().getText()))
                .isEqualTo("Lo sentimos, esta pantalla no funciona ahora.");
        everyComponentIsNamedAndDescribed(window.panel("outOfOrder.screen").target());
        // a patient's taps go nowhere
        tapAt(960, 600, 100);
        tapAt(960, 900, 100);
        assertThat(GuiActionRunner.execute(() -> kiosk.wizard().page())).isEqualTo(Page.ATTRACT);
        assertThat(kiosk.outOfOrder()).isTrue();
        // staff clear it with the same gesture and PIN
        openMenu();
        window.button("staffexit.backInService").click();
        gui.waitUntil("in service", () -> !kiosk.outOfOrder() && !kiosk.staffLayer().isOpen());
        tapAt(960, 600, 100);
        gui.waitUntil("a visit again", () -> kiosk.wizard().page() == Page.INTRO);
    }

    @Test
    void outOfOrderMidVisitWipesTheVisit() {
        open();
        tapAt(960, 600, 100);
        gui.waitUntil("intro", () -> kiosk.wizard().page() == Page.INTRO);
        openMenu();
        window.button("staffexit.outOfOrder.en").click();
        gui.waitUntil("out of order", () -> kiosk.outOfOrder());
        assertThat(GuiActionRunner.execute(() -> kiosk.wizard().page())).isEqualTo(Page.ATTRACT);
        assertThat(GuiActionRunner.execute(() -> window.textBox("outOfOrder.body").target().getText()))
                .isEqualTo("Please go to the front desk. They will help you.");
    }

    @Test
    void theIdleTimerClosesThePadAndTheMenuAndGoesBackToTheAttractScreen() {
        open();
        tapAt(960, 600, 100);
        gui.waitUntil("intro", () -> kiosk.wizard().page() == Page.INTRO);
        openMenu();
        idleRunsOut();
        gui.waitUntil("closed, attract", () -> !kiosk.staffLayer().isOpen() && kiosk.wizard().page() == Page.ATTRACT);
        // opened on the attract screen (where the idle timer is otherwise off) it still closes
        cornerTaps(5, 100);
        gui.waitUntil("pad", this::padOpen);
        idleRunsOut();
        gui.waitUntil("closed", () -> !kiosk.staffLayer().isOpen());
        assertThat(GuiActionRunner.execute(() -> kiosk.idleTimer().armed())).isFalse();
    }

    /** The pad, the menu and the out-of-order screen at 1920x1080, in English and Spanish, for review. */
    @Test
    void screenshotsOfThePadTheMenuAndOutOfOrder() throws Exception {
        open();
        Path dir = Files.createDirectories(Path.of("target", "screenshots", "staffexit"));
        for (String language : new String[] {"en", "es"}) {
            if (language.equals("es")) {
                window.button("attract.language.es").click();
                gui.waitUntil("Spanish", () -> kiosk.wizard().page() == Page.INTRO);
            }
            cornerTaps(5, 100);
            gui.waitUntil("pad", this::padOpen);
            typePin("1111");
            gui.waitUntil("wrong", () -> padMessage().contains("4"));
            shoot(dir.resolve("staff_pin_" + language + ".png"));
            openMenuFromPad();
            window.button("staffexit.selfTest").click();
            gui.waitUntil("listed", () -> window.textBox("staffexit.result").target().getText().contains("Front"));
            shoot(dir.resolve("staff_menu_" + language + ".png"));
            window.button("staffexit.outOfOrder." + language).click();
            gui.waitUntil("out of order", () -> kiosk.outOfOrder() && !kiosk.staffLayer().isOpen());
            shoot(dir.resolve("out_of_order_" + language + ".png"));
            openMenu();
            window.button("staffexit.backInService").click();
            gui.waitUntil("in service", () -> !kiosk.outOfOrder());
        }
        assertThat(ImageIO.read(dir.resolve("staff_menu_es.png").toFile()).getWidth()).isEqualTo(1920);
    }

    // The self-test's reports (SelfTestAtStartTest makes their faults real): a database that
    // cannot be written puts the kiosk out of order in every language, at once when nobody is
    // using it, else when the visit ends; a passing check lifts it unless staff set it.

    private static final Instant EIGHT_OH_TWO = Instant.parse("2026-11-22T08:02:00Z");
    private static final CheckResult DATABASE_FAILS = CheckResult.failed("database",
            "cannot write in the data folder /var/lib/neck-kiosk (read-only file system)");
    private static final CheckResult DATABASE_WORKS = CheckResult.passed("database", "the data folder can be written");
    private static final CheckResult PRINTER_WORKS = CheckResult.passed("printer", "the print queue KioskPDF is enabled");

    private String text(String name) {
        return GuiActionRunner.execute(() -> window.textBox(name).target().getText());
    }

    @Test
    void aDatabaseThatCannotBeWrittenPutsTheIdleKioskOutOfOrderInEveryLanguageUntilACheckPasses() {
        open();
        kiosk.healthChecked(new HealthReport(List.of(DATABASE_FAILS, PRINTER_WORKS), EIGHT_OH_TWO));
        gui.waitUntil("out of order", kiosk::outOfOrder);
        assertThat(text("outOfOrder.title")).isEqualTo("Sorry, this screen is not working right now.");
        assertThat(text("outOfOrder.title.es")).isEqualTo("Lo sentimos, esta pantalla no funciona ahora.");
        assertThat(text("outOfOrder.body.es")).isEqualTo("Por favor, vaya a recepción. Allí le ayudarán.");
        assertThat(GuiActionRunner.execute(() -> window.panel("outOfOrder.screen").target()
                .getAccessibleContext().getAccessibleDescription())).contains("Please go to the front desk")
                .contains("Por favor, vaya a recepción");
        everyComponentIsNamedAndDescribed(window.panel("outOfOrder.screen").target());
        tapAt(960, 700, 100); // a patient's tap starts nothing
        assertThat(GuiActionRunner.execute(() -> kiosk.wizard().page())).isEqualTo(Page.ATTRACT);

        // the same failure again changes nothing; a passing check puts it back into service
        kiosk.healthChecked(new HealthReport(List.of(DATABASE_FAILS, PRINTER_WORKS), EIGHT_OH_TWO.plusSeconds(30)));
        kiosk.healthChecked(new HealthReport(List.of(DATABASE_WORKS, PRINTER_WORKS), EIGHT_OH_TWO.plusSeconds(60)));
        gui.waitUntil("in service", () -> !kiosk.outOfOrder());
        tapAt(960, 700, 100);
        gui.waitUntil("a visit", () -> kiosk.wizard().page() == Page.INTRO);
    }

    @Test
    void aDatabaseFailureDuringAVisitWaitsForTheVisitToEnd() {
        open();
        tapAt(960, 700, 100);
        gui.waitUntil("intro", () -> kiosk.wizard().page() == Page.INTRO);
        kiosk.healthChecked(new HealthReport(List.of(DATABASE_FAILS), EIGHT_OH_TWO));
        GuiActionRunner.execute(() -> null); // the report's hop to the EDT has run
        // the patient is not cut off part-way (what they are told at the end covers a lost save)
        assertThat(GuiActionRunner.execute(() -> kiosk.outOfOrder())).isFalse();
        window.button("intro.start").click();
        assertThat(GuiActionRunner.execute(() -> kiosk.outOfOrder())).isFalse();
        window.button("nav.startOver").click();
        gui.waitUntil("out of order once the visit ended", () -> kiosk.outOfOrder()
                && kiosk.wizard().page() == Page.ATTRACT);
    }

    @Test
    void aPassingCheckLeavesAnOutOfOrderThatStaffSet() {
        open();
        openMenu();
        window.button("staffexit.outOfOrder.en").click();
        gui.waitUntil("out of order", () -> kiosk.outOfOrder() && !kiosk.staffLayer().isOpen());
        kiosk.healthChecked(new HealthReport(List.of(DATABASE_WORKS), EIGHT_OH_TWO));
        GuiActionRunner.execute(() -> null);
        assertThat(GuiActionRunner.execute(() -> kiosk.outOfOrder())).isTrue();
    }

    @Test
    void theStaffMenuSaysWhatTheLastCheckFoundAndWhyTheKioskIsOutOfOrder() {
        open();
        openMenu();
        assertThat(text("staffexit.result")).isEqualTo("The self-test has not finished yet.");
        window.button("staffexit.close").click();
        gui.waitUntil("closed", () -> !kiosk.staffLayer().isOpen());

        kiosk.healthChecked(new HealthReport(List.of(DATABASE_WORKS, PRINTER_WORKS), EIGHT_OH_TWO));
        openMenu();
        assertThat(text("staffexit.result")).isEqualTo("Self-test at 08:02: all checks passed.");
        window.button("staffexit.close").click();
        gui.waitUntil("closed", () -> !kiosk.staffLayer().isOpen());

        kiosk.healthChecked(new HealthReport(List.of(DATABASE_FAILS, PRINTER_WORKS), EIGHT_OH_TWO.plusSeconds(60)));
        gui.waitUntil("out of order", kiosk::outOfOrder);
        openMenu();
        assertThat(text("staffexit.result")).isEqualTo("The kiosk put itself out of order because it cannot save"
                + " answers. It goes back into service by itself once the database works again.\n"
                + "The self-test at 08:03 found a problem:\n"
                + "\u2717 database: cannot write in the data folder /var/lib/neck-kiosk (read-only file system)");
    }

    private void openMenuFromPad() {
        typePin(PIN);
        gui.waitUntil("menu", () -> robot.finder().findAll(kiosk.staffLayer(),
                c -> "staffexit.leave".equals(c.getName()) && c.isShowing()).size() == 1);
    }

    private void shoot(Path file) throws Exception {
        BufferedImage image = GuiActionRunner.execute(() -> {
            JRootPane root = kiosk.frame().getRootPane();
            BufferedImage painted = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = painted.createGraphics();
            try {
                root.paint(g);
            } finally {
                g.dispose();
            }
            return painted;
        });
        ImageIO.write(image, "png", file.toFile());
    }

    /** Nobody touches the screen through the idle time and the warning. */
    private void idleRunsOut() {
        millis.addAndGet((TestConfigs.clinic().idleTimeoutSeconds() + TestConfigs.clinic().idleWarningSeconds()) * 1000L + 1);
        GuiActionRunner.execute(() -> kiosk.idleTimer().tick());
    }

    /**
     * Every showing component under {@code root} has a name, and every control and text an
     * accessible name (an empty message line, which says nothing yet, excepted).
     */
    private static void everyComponentIsNamedAndDescribed(Component root) {
        GuiActionRunner.execute(() -> {
            check(root);
            return null;
        });
    }

    private static void check(Component component) {
        if (!component.isShowing()) {
            return;
        }
        if (component instanceof JComponent) {
            assertThat(component.getName()).as("name of %s", component).isNotBlank();
        }
        boolean emptyLine = component instanceof JTextComponent text && text.getText().isBlank();
        if (!emptyLine && (component instanceof AbstractButton || component instanceof JLabel
                || component instanceof JTextComponent)) {
            AccessibleContext context = component.getAccessibleContext();
            assertThat(context.getAccessibleName()).as("accessible name of %s", component.getName()).isNotBlank();
        }
        if (component instanceof Container container && !(component instanceof AbstractButton)) {
            for (Component child : container.getComponents()) {
                check(child);
            }
        }
    }
}
