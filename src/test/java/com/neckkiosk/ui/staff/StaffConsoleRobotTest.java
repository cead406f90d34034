package com.neckkiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.alerts.SheetReprinter;
import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.config.PaperSize;
import com.neckkiosk.config.PinHash;
import com.neckkiosk.content.Language;
import com.neckkiosk.store.AlertRecord;
import com.neckkiosk.store.DemoVisits;
import com.neckkiosk.store.KioskStore;
import com.neckkiosk.store.PrinterNotice;
import com.neckkiosk.store.VisitRecord;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.triage.Question;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.charts.DashboardPanel;
import com.neckkiosk.ui.charts.DashboardWindow;
import com.neckkiosk.ui.testing.RobotWindow;
import java.awt.Dimension;
import java.awt.Window;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.image.ScreenshotTaker;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The real console on a real H2 file database, driven through AssertJ-Swing under Xvfb. */
class StaffConsoleRobotTest {

    private static final String STAFF_PIN = "4711";
    private static final String MANAGER_PIN = "86420";
    private static String staffHash;
    private static String managerHash;

    @TempDir
    Path dataDir;

    @RegisterExtension
    final RobotWindow gui = new RobotWindow(Timeout.timeout(15_000));

    private Robot robot;
    private FrameFixture window;
    private StaffConsole console;
    private KioskStore store;
    private final CountingSound sound = new CountingSound();
    private final List<VisitRecord> reprinted = new CopyOnWriteArrayList<>();
    private final AtomicInteger dashboards = new AtomicInteger();
    private final List<Window> dashboardWindows = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void hashPins() {
        staffHash = PinHash.hash(STAFF_PIN.toCharArray());
        managerHash = PinHash.hash(MANAGER_PIN.toCharArray());
    }

    private ClinicConfig config() {
        return new ClinicConfig(dataDir, "Riverside Clinic", "K7", "Waiting room A", List.of(Language.EN, Language.ES),
                120, 30, DatabaseSettings.embedded(dataDir), "", PaperSize.LETTER, 30, staffHash, managerHash, 0, 1.0,
                false, 30, 60);
    }

    private void open() {
        if (store == null) {
            store = KioskStore.open(DatabaseSettings.embedded(dataDir));
        }
        KioskStore opened = store;
        SheetReprinter reprinter = visit -> {
            reprinted.add(visit);
            return CompletableFuture.completedFuture(SheetReprinter.Outcome.done());
        };
        console = gui.open(new Dimension(1280, 800), () -> {
            KioskTheme.apply(KioskTheme.Look.STANDARD, 0.75);
            return new StaffConsole(config(), () -> opened, Clock.systemDefaultZone(),
                    new StaffConsole.Hooks(reprinter, (source, owner) -> {
                        dashboards.incrementAndGet();
                        Window dashboard = DashboardWindow.open(source, config(), owner); // what StaffCommand opens
                        dashboardWindows.add(dashboard);
                        return dashboard;
                    }), null, sound).start();
        }, StaffConsole::frame, shown -> shown.frame().dispose());
        robot = gui.robot();
        window = gui.window();
    }

    /** Closes the console and its store, as quitting the program does. */
    private void closeConsole() {
        gui.close();
        robot = null;
        store = null;
    }

    private void typePin(String padName, String pin) {
        for (char digit : pin.toCharArray()) {
            window.button(padName + ".digit." + digit).click();
        }
        window.button(padName + ".enter").click();
    }

    private void unlock() {
        typePin("staff.pin", STAFF_PIN);
        gui.waitUntil("unlocked", () -> console.isUnlocked());
    }

    private void screenshot(String name) {
        gui.shot("staff-screens", name);
    }

    private void raise(String alertId, Disposition level, String kioskId, String code, List<String> reasons,
            Instant raisedAt) {
        VisitRecord visit = new VisitRecord("v-" + alertId, LocalDateTime.now().truncatedTo(ChronoUnit.HOURS), kioskId,
                Language.ES, 8, Map.of(Question.AGE_BAND, "65_plus", Question.INJURY, "yes", Question.INJURY_MAJOR, "no"),
                false, level, reasons, List.of(), VisitRecord.Outcome.COMPLETED, "result",
                VisitRecord.SheetStatus.PRINT_FAILED, code, 60, false);
        store.saveWithAlert(visit, new AlertRecord(alertId, visit.id(), level, reasons, code, kioskId, raisedAt, null));
    }

    private void twoAlerts() {
        store = KioskStore.open(DatabaseSettings.embedded(dataDir));
        store.registerKiosk("K7", "Waiting room A");
        store.registerKiosk("K8", "Physio corridor");
        Instant now = Instant.now();
        raise("a-urgent", Disposition.URGENT, "K8", "K8-12", List.of("fever", "numbness?"), now.minusSeconds(200));
        raise("a-emergency", Disposition.EMERGENCY, "K7", "K7-3", List.of("injury_older_adult", "meningitis_signs"),
                now.minusSeconds(30));
    }

    @Test
    void lockedItSoundsAndCountsButShowsNothingUntilTheStaffPin() {
        twoAlerts();
        open();
        gui.waitUntil("the banner counts the alerts", () -> console.bannerText().startsWith("2 open alerts"));
        assertThat(sound.plays.get()).isGreaterThanOrEqualTo(1);
        assertThat(GuiActionRunner.execute(() -> console.shownAlerts())).isZero();
        screenshot("console_locked");

        unlock();
        gui.waitUntil("both alerts shown", () -> console.shownAlerts() == 2);
        window.label("alert.a-emergency.level").requireText("EMERGENCY");
        window.label("alert.a-emergency.kiosk").requireText("at Waiting room A");
        window.label("alert.a-urgent.level").requireText("URGENT");
        window.label("alert.a-urgent.kiosk").requireText("at Physio corridor");
        window.label("alert.a-urgent.waiting").requireText("waiting 3 min");
        assertThat(window.textBox("alert.a-emergency.reasons").text())
                .isEqualTo("fall or injury, aged 65+; possible meningitis signs");
        assertThat(window.textBox("alert.a-urgent.reasons").text())
                .isEqualTo("fever or chills; numbness or pins and needles (not sure)");
        // newest first
        assertThat(window.panel("alerts.list").target().getComponent(0).getName()).isEqualTo("alert.a-emergency");
        screenshot("console_alerts");
    }

    @Test
    void anAcknowledgementIsStoredAndStillShownAfterARestart() {
        twoAlerts();
        open();
        unlock();
        gui.waitUntil("alerts shown", () -> console.shownAlerts() == 2);
        window.button("alert.a-emergency.ack").click();
        gui.waitUntil("acknowledged", () -> !window.panel("alerts.list").target().getComponent(0).getName().isEmpty()
                && console.bannerText().startsWith("1 open alert "));
        assertThat(window.label("alert.a-emergency.acknowledged").text()).startsWith("acknowledged ");
        screenshot("console_acknowledged");

        closeConsole();
        store = KioskStore.open(DatabaseSettings.embedded(dataDir));
        assertThat(store.findAlert("a-emergency").orElseThrow().acknowledgedAt()).isNotNull();
        assertThat(store.openAlerts()).extracting(AlertRecord::id).containsExactly("a-urgent");
        open();
        unlock();
        gui.waitUntil("today's alerts shown again", () -> console.shownAlerts() == 2);
        assertThat(window.label("alert.a-emergency.acknowledged").text()).startsWith("acknowledged ");
        window.button("alert.a-urgent.ack").requireVisible();
    }

    @Test
    void fiveWrongPinsLockThePadForFiveMinutes() {
        store = KioskStore.open(DatabaseSettings.embedded(dataDir));
        open();
        typePin("staff.pin", "1111");
        gui.waitUntil("wrong", () -> window.textBox("staff.pin.message").text().startsWith("Wrong PIN. 4 tries left"));
        for (int i = 0; i < 4; i++) {
            typePin("staff.pin", "1111");
            gui.waitUntil("checked", () -> !window.textBox("staff.pin.message").text().equals("Checking…"));
        }
        gui.waitUntil("locked", () -> window.textBox("staff.pin.message").text().startsWith("Too many wrong PINs: locked until"));
        typePin("staff.pin", STAFF_PIN);
        gui.waitUntil("still locked", () -> window.textBox("staff.pin.message").text().startsWith("Too many wrong PINs"));
        assertThat(console.isUnlocked()).isFalse();
        screenshot("console_pin_locked");
    }

    @Test
    void printerProblemsAreListedAndMarkedDealtWith() {
        twoAlerts();
        Instant now = Instant.now();
        store.recordPrinterNotice(new PrinterNotice("n-1", "K7", "K7-3", "KioskPDF",
                PrinterNotice.Problem.QUEUE_DISABLED, now.minusSeconds(60), null));
        store.recordPrinterNotice(new PrinterNotice("n-2", "K8", null, "FrontDesk",
                PrinterNotice.Problem.TIMED_OUT, now.minusSeconds(600), null));
        open();
        unlock();
        gui.waitUntil("notices shown", () -> window.panel("notices.list").target().getComponentCount() == 2);
        assertThat(window.textBox("notice.n-1.text").text()).isEqualTo("Printer KioskPDF at Waiting room A: the printer"
                + " is stopped or not accepting jobs Patient K7-3 is waiting for a copy.");
        screenshot("console_printer_notices");
        window.button("notice.n-1.dealt").click();
        gui.waitUntil("dealt with", () -> window.label("notice.n-1.resolved").text().startsWith("dealt with "));
        assertThat(store.openPrinterNotices()).extracting(PrinterNotice::id).containsExactly("n-2");
    }

    @Test
    void aSheetIsReprintedFromTodaysVisitCode() {
        twoAlerts();
        open();
        unlock();
        window.button("staff.reprint").click();
        gui.waitUntil("kiosks listed", () -> window.toggleButton("reprint.kiosk.K8").target().isShowing());
        window.button("reprint.pad.digit.9").click();
        window.button("reprint.pad.enter").click();
        gui.waitUntil("asks for the kiosk", () -> window.textBox("reprint.pad.message").text().equals("Choose the kiosk first."));

        window.toggleButton("reprint.kiosk.K8").click();
        window.button("reprint.pad.digit.9").click();
        window.button("reprint.pad.enter").click();
        gui.waitUntil("not found", () -> window.textBox("reprint.outcome").text().equals(
                "No visit K8-9 today. Codes are kept for the day only."));

        window.button("reprint.pad.digit.1").click();
        window.button("reprint.pad.digit.2").click();
        window.button("reprint.pad.enter").click();
        gui.waitUntil("found", () -> window.textBox("reprint.outcome").text().startsWith("K8-12: URGENT, Spanish"));
        screenshot("console_reprint_found");
        window.button("reprint.print").click();
        gui.waitUntil("printed", () -> window.textBox("reprint.outcome").text().equals("Sent K8-12 to the printer."));
        assertThat(reprinted).extracting(VisitRecord::visitCode).containsExactly("K8-12");
        assertThat(reprinted.get(0).answers()).containsEntry(Question.AGE_BAND, "65_plus");
        screenshot("console_reprint_done");
        window.button("reprint.back").click();
        // looked up without "must be showing": the list shows again once the PIN pad has gone
        gui.waitUntil("back at the desk", () -> robot.finder().findByName(console.frame(), "alerts.list", false).isShowing());
    }

    @Test
    void theDashboardNeedsTheManagerPin() {
        store = KioskStore.open(DatabaseSettings.embedded(dataDir));
        LocalDate today = LocalDate.now();
        store.insertNewVisits(new DemoVisits(6, List.of("K7", "K8"), today.minusDays(29), today)::next, 2500, true);
        open();
        unlock();
        window.button("staff.dashboard").click();
        typePin("staff.manager.pin", STAFF_PIN);
        gui.waitUntil("the staff PIN is not the manager's",
                () -> window.textBox("staff.manager.pin.message").text().startsWith("Wrong PIN"));
        screenshot("console_manager_pin");
        assertThat(dashboards.get()).isZero();
        typePin("staff.manager.pin", MANAGER_PIN);
        gui.waitUntil("dashboard opened", () -> dashboards.get() == 1);
        FrameFixture dashboard = WindowFinder.findFrame("dashboard.window").withTimeout(15_000).using(robot);
        dashboard.requireVisible();
        gui.waitUntil("the dashboard's charts loaded from the console's store",
                () -> dashboard.panel("dashboard").target() instanceof DashboardPanel panel
                        && panel.summary() != null && !panel.isLoading());
        assertThat(GuiActionRunner.execute(() -> ((DashboardPanel) dashboard.panel("dashboard").target()).summary().visits()))
                .isEqualTo(store.countVisits());
        robot.waitForIdle();
        new File("target/staff-screens").mkdirs();
        new File("target/staff-screens/console_dashboard_desktop.png").delete();
        new ScreenshotTaker().saveDesktopAsPng("target/staff-screens/console_dashboard_desktop.png");
        // a second PIN brings the same window forward rather than opening another
        GuiActionRunner.execute(() -> console.frame().toFront());
        robot.waitForIdle();
        window.button("staff.dashboard").click();
        typePin("staff.manager.pin", MANAGER_PIN);
        // looked up without "must be showing": the list shows again once the PIN pad has gone
        gui.waitUntil("back at the desk", () -> robot.finder().findByName(console.frame(), "alerts.list", false).isShowing());
        assertThat(dashboards.get()).isEqualTo(1);
        closeConsole();
        assertThat(dashboardWindows).singleElement().satisfies(w -> assertThat(w.isDisplayable()).isFalse());
    }

    @Test
    void aNewAlertSoundsAndAppearsWhileTheConsoleIsOpen() {
        store = KioskStore.open(DatabaseSettings.embedded(dataDir));
        open();
        unlock();
        gui.waitUntil("empty", () -> console.bannerText().equals("No open alerts"));
        assertThat(sound.plays.get()).isZero();
        raise("a-new", Disposition.EMERGENCY, "K9", "K9-1", List.of("help_requested"), Instant.now());
        gui.waitUntil("shown", () -> window.panel("alerts.list").target().getComponentCount() == 1
                && "alert.a-new".equals(window.panel("alerts.list").target().getComponent(0).getName()));
        window.label("alert.a-new.kiosk").requireText("at K9");
        assertThat(sound.plays.get()).isEqualTo(1);
        assertThat(LocalDate.now()).isNotNull();
    }

    /** Counts plays instead of making noise. */
    static final class CountingSound implements AlertSound {
        final AtomicInteger plays = new AtomicInteger();

        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void play() {
            plays.incrementAndGet();
        }
    }
}
