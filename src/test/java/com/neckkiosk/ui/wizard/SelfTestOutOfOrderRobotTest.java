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
import com.neckkiosk.ui.testing.ScreenshotOnFailure;
import java.awt.Dimension;
import java.awt.Point;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The self-test's reports reaching the real kiosk window at 1920x1080: a database that cannot
 * be written puts the kiosk out of order in every language (at once when nobody is using it,
 * else when the visit ends); a passing check puts it back; an out-of-order set by staff stays;
 * the staff menu says what the last check found. (SelfTestAtStartTest makes the faults real.)
 */
@ExtendWith(ScreenshotOnFailure.class)
class SelfTestOutOfOrderRobotTest {

    private static final Timeout WAIT = Timeout.timeout(15_000);
    private static final String PIN = "1357";
    private static final Instant EIGHT_OH_TWO = Instant.parse("2026-11-22T08:02:00Z");
    private static final CheckResult DATABASE_FAILS = CheckResult.failed("database",
            "cannot write in the data folder /var/lib/neck-kiosk (read-only file system)");
    private static final CheckResult DATABASE_WORKS = CheckResult.passed("database", "the data folder can be written");
    private static final CheckResult PRINTER_WORKS = CheckResult.passed("printer", "the print queue KioskPDF is enabled");

    private Robot robot;
    private FrameFixture window;
    private KioskFrame kiosk;
    private final AtomicLong millis = new AtomicLong(1_000_000);

    @BeforeAll
    static void guardTheEdt() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        ClinicConfig base = TestConfigs.clinic();
        ClinicConfig config = new ClinicConfig(base.configDir(), base.clinicName(), base.kioskId(), base.kioskName(),
                base.languages(), base.idleTimeoutSeconds(), base.idleWarningSeconds(), base.database(),
                base.printerQueue(), base.paperSize(), base.printTimeoutSeconds(), PinHash.hash(PIN.toCharArray()),
                base.managerPinHash(), base.monitor(), base.textScale(), base.speech(), base.alertRepeatSeconds(),
                base.dashboardRefreshSeconds());
        StaffActions actions = new StaffActions(code -> { }, () -> PrintOutcome.printed("KioskPDF"), List::of);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        kiosk = GuiActionRunner.execute(() -> {
            KioskTheme.apply(KioskTheme.Look.STANDARD, config.textScale());
            KioskFrame frame = KioskApp.create(config, new InMemoryVisitLog(), false, Runnable::run, Optional.empty(),
                    actions, Clock.system(ZoneOffset.UTC), millis::get);
            frame.idleTimer().stop();
            frame.frame().setSize(new Dimension(1920, 1080));
            return frame;
        });
        window = new FrameFixture(robot, kiosk.frame());
        window.show(new Dimension(1920, 1080));
        window.moveTo(new Point(0, 0));
    }

    @AfterEach
    void close() {
        try {
            GuiActionRunner.execute(() -> kiosk.dispose());
        } finally {
            robot.cleanUp();
        }
    }

    @Test
    void aDatabaseThatCannotBeWrittenPutsTheIdleKioskOutOfOrderInEveryLanguageUntilACheckPasses() {
        kiosk.healthChecked(new HealthReport(List.of(DATABASE_FAILS, PRINTER_WORKS), EIGHT_OH_TWO));
        waitUntil("out of order", kiosk::outOfOrder);
        assertThat(text("outOfOrder.title")).isEqualTo("Sorry, this screen is not working right now.");
        assertThat(text("outOfOrder.title.es")).isEqualTo("Lo sentimos, esta pantalla no funciona ahora.");
        assertThat(text("outOfOrder.body.es")).isEqualTo("Por favor, vaya a recepción. Allí le ayudarán.");
        assertThat(GuiActionRunner.execute(() -> window.panel("outOfOrder.screen").target()
                .getAccessibleContext().getAccessibleDescription())).contains("Please go to the front desk")
                .contains("Por favor, vaya a recepción");
        // a patient's tap starts nothing
        tapAt(960, 700, 100);
        assertThat(GuiActionRunner.execute(() -> kiosk.wizard().page())).isEqualTo(Page.ATTRACT);

        // the same failure again changes nothing; a passing check puts it back into service
        kiosk.healthChecked(new HealthReport(List.of(DATABASE_FAILS, PRINTER_WORKS), EIGHT_OH_TWO.plusSeconds(30)));
        kiosk.healthChecked(new HealthReport(List.of(DATABASE_WORKS, PRINTER_WORKS), EIGHT_OH_TWO.plusSeconds(60)));
        waitUntil("in service", () -> !kiosk.outOfOrder());
        tapAt(960, 700, 100);
        waitUntil("a visit", () -> kiosk.wizard().page() == Page.INTRO);
    }

    @Test
    void aFailureDuringAVisitWaitsForTheVisitToEnd() {
        tapAt(960, 700, 100);
        waitUntil("intro", () -> kiosk.wizard().page() == Page.INTRO);
        kiosk.healthChecked(new HealthReport(List.of(DATABASE_FAILS), EIGHT_OH_TWO));
        // the patient is not cut off mid-way (what they are told at the end covers a lost save)
        GuiActionRunner.execute(() -> null); // the report's hop to the EDT has run
        assertThat(GuiActionRunner.execute(() -> kiosk.outOfOrder())).isFalse();
        window.button("intro.start").click();
        assertThat(GuiActionRunner.execute(() -> kiosk.outOfOrder())).isFalse();
        window.button("nav.startOver").click();
        waitUntil("out of order once the visit ended", () -> kiosk.outOfOrder()
                && kiosk.wizard().page() == Page.ATTRACT);
    }

    @Test
    void aPassingCheckLeavesAnOutOfOrderThatStaffSet() {
        openMenu();
        window.button("staffexit.outOfOrder.en").click();
        waitUntil("out of order", () -> kiosk.outOfOrder() && !kiosk.staffLayer().isOpen());
        kiosk.healthChecked(new HealthReport(List.of(DATABASE_WORKS), EIGHT_OH_TWO));
        GuiActionRunner.execute(() -> null);
        assertThat(GuiActionRunner.execute(() -> kiosk.outOfOrder())).isTrue();
    }

    @Test
    void theStaffMenuSaysWhatTheLastCheckFoundAndWhyTheKioskIsOutOfOrder() {
        openMenu();
        assertThat(text("staffexit.result")).isEqualTo("The self-test has not finished yet.");
        window.button("staffexit.close").click();
        waitUntil("closed", () -> !kiosk.staffLayer().isOpen());

        kiosk.healthChecked(new HealthReport(List.of(DATABASE_WORKS, PRINTER_WORKS), EIGHT_OH_TWO));
        openMenu();
        assertThat(text("staffexit.result")).isEqualTo("Self-test at 08:02: all checks passed.");
        window.button("staffexit.close").click();
        waitUntil("closed", () -> !kiosk.staffLayer().isOpen());

        kiosk.healthChecked(new HealthReport(List.of(DATABASE_FAILS, PRINTER_WORKS), EIGHT_OH_TWO.plusSeconds(60)));
        waitUntil("out of order", kiosk::outOfOrder);
        openMenu();
        assertThat(text("staffexit.result")).isEqualTo("The kiosk put itself out of order because it cannot save"
                + " answers. It goes back into service by itself once the database works again.\n"
                + "The self-test at 08:03 found a problem:\n"
                + "\u2717 database: cannot write in the data folder /var/lib/neck-kiosk (read-only file system)");
    }

    private String text(String name) {
        return GuiActionRunner.execute(() -> window.textBox(name).target().getText());
    }

    private void waitUntil(String description, BooleanSupplier check) {
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(check::getAsBoolean);
            }
        }, WAIT);
    }

    private void tapAt(int x, int y, long apart) {
        millis.addAndGet(apart);
        robot.click(kiosk.frame().getLayeredPane(), new Point(x, y));
    }

    private void openMenu() {
        for (int i = 0; i < CornerTaps.TAPS; i++) {
            tapAt(30, 40, 200);
        }
        waitUntil("pad", () -> kiosk.staffLayer().isOpen());
        for (char digit : PIN.toCharArray()) {
            window.button("staffexit.pin.digit." + digit).click();
        }
        window.button("staffexit.pin.enter").click();
        waitUntil("menu", () -> robot.finder().findAll(kiosk.staffLayer(),
                c -> "staffexit.leave".equals(c.getName()) && c.isShowing()).size() == 1);
    }
}
