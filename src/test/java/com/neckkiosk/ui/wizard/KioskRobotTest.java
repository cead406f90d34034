package com.neckkiosk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.store.VisitRecord;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.triage.Question;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.testing.RobotWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import javax.swing.JLabel;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JButtonFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The real kiosk window at 1920x1080, driven by touches (mouse clicks) through AssertJ-Swing. */
class KioskRobotTest {

    @RegisterExtension
    final RobotWindow gui = new RobotWindow(Timeout.timeout(10_000));

    private Robot robot;
    private FrameFixture window;
    private KioskFrame kiosk;
    private final InMemoryVisitLog log = new InMemoryVisitLog();

    private void open(ClinicConfig config) {
        open(config, Optional.empty());
    }

    private void open(ClinicConfig config, Optional<Speech> speech) {
        kiosk = gui.open(RobotWindow.KIOSK_SIZE, () -> {
            KioskTheme.apply(KioskTheme.Look.STANDARD, config.textScale());
            KioskFrame frame = KioskApp.create(config, log, false, VisitWriter.newBackgroundExecutor(), speech);
            frame.frame().setSize(RobotWindow.KIOSK_SIZE);
            return frame;
        }, KioskFrame::frame, KioskFrame::dispose);
        robot = gui.robot();
        window = gui.window();
    }

    private void waitForQuestion(Question question) {
        gui.waitUntil("question " + question, () -> kiosk.wizard().question().orElse(null) == question);
    }

    private String questionText() {
        return window.textBox("question.text").target().getText();
    }

    /** Attract, intro, age: ready for the first warning sign. */
    private void startAsAdult() {
        window.panel("attract.start").click();
        gui.tap("intro.start");
        waitForQuestion(Question.AGE_BAND);
        gui.tapToggle("age.18_64");
        waitForQuestion(Question.CHEST_PAIN);
    }

    private void answerNoUntil(Question stop) {
        while (kiosk.wizard().question().orElseThrow() != stop) {
            Question now = kiosk.wizard().question().orElseThrow();
            gui.tapToggle("reply.no");
            gui.waitUntil("past " + now, () -> kiosk.wizard().question().orElse(null) != now);
        }
    }

    /** "No" to the rest of the warning signs, pain 3, a few days: ready for the causes. */
    private void noThenPainThreeForDays() {
        answerNoUntil(Question.PAIN_SCORE);
        gui.tapToggle("pain.3");
        waitForQuestion(Question.DURATION);
        gui.tapToggle("duration.days");
        waitForQuestion(Question.CAUSES);
    }

    @Test
    void selfCareWalkEndsOnTheSheetPreviewWithAVisitCode() {
        open(TestConfigs.clinic());
        startAsAdult();
        window.label("nav.step").requireText("2 of 21");
        noThenPainThreeForDays();
        gui.tapToggle("cause.posture");
        gui.tapToggle("cause.stress");
        gui.tapToggle("cause.none_known");
        window.toggleButton("cause.posture").requireNotSelected();
        gui.tapToggle("cause.stress");
        window.toggleButton("cause.none_known").requireNotSelected();
        gui.tap("causes.continue");
        gui.waitUntil("code shown", () -> kiosk.wizard().result().map(r -> r.visitCode() != null).orElse(false));
        window.label("result.code").requireText("K7-1");
        // the preview is the printed sheet; a screen reader gets its words
        assertThat(robot.finder().findByName(kiosk.frame(), "result.preview.pages").getAccessibleContext()
                .getAccessibleDescription()).contains("Balloon dance");
        assertThat(log.visits()).singleElement().satisfies(v -> {
            assertThat(v.disposition()).isEqualTo(Disposition.SELF_CARE);
            assertThat(v.answers()).containsEntry(Question.CAUSES, "stress");
        });
        gui.tap("result.done");
        gui.waitUntil("attract", () -> kiosk.wizard().page() == Page.ATTRACT);
    }

    @Test
    void chestPainYesShowsTheEmergencyCardAfterTheAlertIsStored() {
        open(TestConfigs.clinic());
        startAsAdult();
        gui.tapToggle("reply.yes");
        gui.waitUntil("told", () -> kiosk.wizard().result().map(r -> r.delivery() == Result.Delivery.SAVED).orElse(false));
        window.panel("screen.result.emergency").requireVisible();
        assertThat(GuiActionRunner.execute(() -> window.textBox("result.status").target().getText())).isEqualTo("The front desk has been told.");
        window.label("result.code").requireText("K7-1");
        assertThat(log.alerts()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(Disposition.EMERGENCY);
            assertThat(a.reasons()).containsExactly("chest_pain");
        });
    }

    @Test
    void theHelpButtonAsksOnceThenAlerts() {
        open(TestConfigs.clinic());
        startAsAdult();
        gui.tap("help.button");
        window.button("help.no").requireVisible();
        gui.tap("help.no");
        waitForQuestion(Question.CHEST_PAIN);
        gui.tap("help.button");
        gui.tap("help.yes");
        gui.waitUntil("told", () -> kiosk.wizard().result().map(r -> r.delivery() == Result.Delivery.SAVED).orElse(false));
        assertThat(log.alerts()).singleElement().satisfies(a -> assertThat(a.reasons()).containsExactly("help_requested"));
        assertThat(log.visits().get(0).helpRequested()).isTrue();
    }

    @Test
    void switchingLanguageMidWayKeepsTheAnswersAndBackShowsThem() {
        open(TestConfigs.clinic());
        startAsAdult();
        gui.tapToggle("reply.no");
        waitForQuestion(Question.SUDDEN_NEURO);
        gui.tap("nav.language.es");
        gui.waitUntil("Spanish", () -> questionText().startsWith("¿"));
        window.label("nav.step").requireText("3 de 21");
        gui.tap("nav.back");
        waitForQuestion(Question.CHEST_PAIN);
        window.toggleButton("reply.no").requireSelected();
        assertThat(window.toggleButton("reply.no").target().getAccessibleContext().getAccessibleName()).isEqualTo("No");
        assertThat(window.toggleButton("reply.unsure").target().getAccessibleContext().getAccessibleName()).isEqualTo("No sé");
        gui.tap("nav.startOver");
        gui.waitUntil("attract", () -> kiosk.wizard().page() == Page.ATTRACT);
        assertThat(log.visits()).singleElement().satisfies(v -> {
            assertThat(v.outcome()).isEqualTo(VisitRecord.Outcome.ABANDONED);
            assertThat(v.language()).isEqualTo(com.neckkiosk.content.Language.ES);
        });
        window.label("attract.title").requireText("Neck pain or a stiff neck?");
    }

    @Test
    void nobodyThereWipesTheVisitAfterTheCountdown() {
        // Short, but with room for a busy machine: a tap that comes after the overlay is up only
        // cancels it (the overlay covers the screen), so the robot's taps up to "No" must each
        // come within the idle time, and "I'm still here" within the countdown. With 2 s and 2 s,
        // a loaded CI machine (look changes rebuild every screen) made the overlay eat a tap.
        open(TestConfigs.clinic(5, 3));
        startAsAdult();
        gui.tapToggle("nav.textSize");
        gui.tapToggle("nav.contrast");
        gui.waitUntil("large, high contrast", () -> kiosk.look().largeText() && kiosk.look().highContrast());
        gui.tapToggle("reply.no");
        waitForQuestion(Question.SUDDEN_NEURO);
        gui.waitUntil("overlay", () -> kiosk.frame().getGlassPane().isVisible());
        JLabel count = window.label("idle.countdown").target();
        assertThat(GuiActionRunner.execute(count::getText)).isIn("1", "2", "3");
        gui.tap("idle.stay");
        gui.waitUntil("overlay gone", () -> !kiosk.frame().getGlassPane().isVisible());
        assertThat(kiosk.wizard().question()).contains(Question.SUDDEN_NEURO);
        gui.waitUntil("wiped", () -> kiosk.wizard().page() == Page.ATTRACT);
        // the next patient starts with the standard look, as with the language
        gui.waitUntil("standard look", () -> kiosk.look().equals(KioskTheme.Look.STANDARD));
        assertThat(log.visits()).singleElement().satisfies(v -> {
            assertThat(v.outcome()).isEqualTo(VisitRecord.Outcome.TIMED_OUT);
            assertThat(v.lastStep()).isEqualTo("sudden_neuro");
        });
        window.panel("attract.start").click();
        gui.tap("intro.start");
        waitForQuestion(Question.AGE_BAND);
        window.toggleButton("age.18_64").requireNotSelected();
        window.toggleButton("nav.textSize").requireNotSelected();
        window.toggleButton("nav.contrast").requireNotSelected();
        gui.tap("nav.back");
        gui.waitUntil("intro", () -> kiosk.wizard().page() == Page.INTRO);
        assertThat(kiosk.wizard().answers().asIds()).isEmpty();
    }

    /** Up to the causes, one chosen, and the result card for it got ready (built, laid out, painted off-screen). */
    private void causeChosenAndTheCardReady(String tile) {
        open(TestConfigs.clinic());
        startAsAdult();
        noThenPainThreeForDays();
        gui.tapToggle(tile);
        gui.waitUntil("card ready", () -> GuiActionRunner.execute(
                () -> kiosk.resultAhead().isPresent() && !kiosk.preparingResult()));
    }

    @Test
    void theResultCardIsReadyWhileCausesAreChosenAndShowsOnContinue() {
        causeChosenAndTheCardReady("cause.posture");
        ResultScreen ahead = GuiActionRunner.execute(() -> kiosk.resultAhead().orElseThrow());
        // in the window, not showing, laid out where it will show (no nav bar below a result)
        java.awt.Rectangle laidOut = GuiActionRunner.execute(() -> {
            assertThat(ahead.isVisible()).isFalse();
            assertThat(ahead.getParent().getName()).isEqualTo("kiosk.body");
            return ahead.getBounds();
        });
        assertThat(laidOut.width).isGreaterThan(1000);
        gui.tap("causes.continue");
        gui.waitUntil("result", () -> kiosk.wizard().page() == Page.RESULT);
        window.panel("screen.result.self_care").requireVisible();
        assertThat(window.panel("screen.result.self_care").target()).isSameAs(ahead);
        assertThat(GuiActionRunner.execute(() -> ahead.getBounds())).isEqualTo(laidOut);
        gui.waitUntil("code shown", () -> kiosk.wizard().result().map(r -> r.visitCode() != null).orElse(false));
        window.label("result.code").requireText("K7-1");
    }

    @Test
    void startingOverFromTheCausesLeavesNoCardOfThatVisitInTheWindow() {
        causeChosenAndTheCardReady("cause.stress");
        gui.tap("nav.startOver");
        gui.waitUntil("attract", () -> kiosk.wizard().page() == Page.ATTRACT);
        assertThat(GuiActionRunner.execute(() -> kiosk.resultAhead().isPresent())).isFalse();
        assertThat(GuiActionRunner.execute(() -> findNamed(kiosk.frame().getContentPane(), "screen.result.self_care")))
                .isNull();
    }

    @Test
    void anInjuryAsksTheFollowUpAndEndsUrgentWithTheDeskTold() {
        open(TestConfigs.clinic());
        startAsAdult();
        answerNoUntil(Question.INJURY);
        gui.tapToggle("reply.yes");
        waitForQuestion(Question.INJURY_MAJOR);
        window.label("nav.step").requireText(GuiActionRunner.execute(
                () -> kiosk.wizard().stepNumber() + " of 22"));
        window.toggleButton("reply.yes").requireNotSelected();
        gui.tapToggle("reply.no");
        noThenPainThreeForDays();
        gui.tapToggle("cause.posture");
        gui.tap("causes.continue");
        gui.waitUntil("told", () -> kiosk.wizard().result().map(r -> r.delivery() == Result.Delivery.SAVED).orElse(false));
        window.panel("screen.result.urgent").requireVisible();
        assertThat(GuiActionRunner.execute(() -> window.textBox("result.status").target().getText()))
                .isEqualTo("The front desk has been told.");
        window.label("result.code").requireText("K7-1");
        assertThat(log.alerts()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(Disposition.URGENT);
            assertThat(a.reasons()).containsExactly("injury");
        });
        assertThat(log.visits()).singleElement().satisfies(v -> {
            assertThat(v.answers()).containsEntry(Question.INJURY, "yes").containsEntry(Question.INJURY_MAJOR, "no");
            assertThat(v.disposition()).isEqualTo(Disposition.URGENT);
        });
    }

    @Test
    void readAloudIsOfferedWhenASpeechEngineIsThereAndSpeaksTheQuestion(@TempDir Path dir) throws Exception {
        Path said = dir.resolve("said.txt");
        Path engine = dir.resolve(Speech.ENGINE);
        Files.writeString(engine, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + said + "'\n");
        Files.setPosixFilePermissions(engine, PosixFilePermissions.fromString("rwxr-xr-x"));
        open(TestConfigs.clinic(), Speech.find(true, dir.toString()));
        startAsAdult();
        JButtonFixture speak = window.button("question.readAloud").requireVisible();
        assertThat(speak.target().getAccessibleContext().getAccessibleName()).isEqualTo("Read aloud");
        String question = questionText();
        assertThat(speak.target().getAccessibleContext().getAccessibleDescription()).isEqualTo(question);
        speak.click();
        gui.waitUntil("spoken", () -> Files.exists(said) && readQuietly(said).contains(question));
        assertThat(readQuietly(said)).startsWith("-v\nen\n");
        gui.tap("nav.language.es");
        gui.waitUntil("Spanish", () -> questionText().startsWith("¿"));
        assertThat(window.button("question.readAloud").target().getAccessibleContext().getAccessibleName())
                .isEqualTo(GuiActionRunner.execute(() -> Texts.of(com.neckkiosk.content.Language.ES).get("nav.read_aloud")));
    }

    @Test
    void readAloudIsHiddenWithoutASpeechEngine(@TempDir Path dir) {
        open(TestConfigs.clinic(), Speech.find(true, dir.toString()));
        startAsAdult();
        assertThat(GuiActionRunner.execute(() -> findNamed(kiosk.frame().getContentPane(), "question.readAloud")))
                .isNull();
        assertThat(questionText()).isNotBlank();
    }

    private static java.awt.Component findNamed(java.awt.Container root, String name) {
        for (java.awt.Component child : root.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof java.awt.Container) {
                java.awt.Component found = findNamed((java.awt.Container) child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
