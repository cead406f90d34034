package com.neckkiosk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.Reply;
import com.neckkiosk.triage.Triage;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.testing.RobotWindow;
import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.JToggleButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The warm-up the kiosk does while the attract screen waits for the first patient: it leaves
 * nothing of a visit behind, and a patient's tap pauses it until the attract screen is back.
 */
class WarmUpTest {

    /** The warm-up paints every screen a few times; on a loaded test machine that takes a while. */
    @RegisterExtension
    final RobotWindow gui = new RobotWindow(Timeout.timeout(180_000));

    private KioskFrame kiosk;
    private FrameFixture window;
    private final InMemoryVisitLog log = new InMemoryVisitLog();

    private void open() {
        ClinicConfig config = TestConfigs.clinic();
        kiosk = gui.open(RobotWindow.KIOSK_SIZE, () -> {
            KioskTheme.apply(KioskTheme.Look.STANDARD, config.textScale());
            KioskFrame frame = KioskApp.create(config, log, false, VisitWriter.newBackgroundExecutor(), Optional.empty());
            frame.frame().setSize(RobotWindow.KIOSK_SIZE);
            return frame;
        }, KioskFrame::frame, KioskFrame::dispose);
        window = gui.window();
    }

    @Test
    void itsSampleAnswersReachEveryKindOfResult() {
        assertThat(Triage.assess(WarmUp.answered(Map.of())).disposition()).isEqualTo(Disposition.SELF_CARE);
        assertThat(Triage.assess(WarmUp.answered(Map.of(Question.RECURRING, Reply.YES))).disposition())
                .isEqualTo(Disposition.SEE_DOCTOR);
        assertThat(Triage.assess(WarmUp.answered(Map.of(Question.INJURY, Reply.YES))).disposition())
                .isEqualTo(Disposition.URGENT);
        assertThat(Triage.assess(WarmUp.answered(Map.of(Question.CHEST_PAIN, Reply.YES))).disposition())
                .isEqualTo(Disposition.EMERGENCY);
    }

    @Test
    void itLeavesNothingOfAVisitBehind() {
        open();
        gui.waitUntil("warmed up", () -> kiosk.warmUp().done());
        assertThat(log.visits()).isEmpty();
        GuiActionRunner.execute(() -> {
            assertThat(kiosk.wizard().page()).isEqualTo(Page.ATTRACT);
            assertThat(kiosk.wizard().inVisit()).isFalse();
            Container body = (Container) RobotWindow.named(kiosk.frame().getContentPane(), "kiosk.body");
            // every screen of the flow is kept, hidden; only the attract screen shows, and no result card is left
            assertThat(body.getComponentCount()).isGreaterThan(2 * 20);
            assertThat(List.of(body.getComponents())).filteredOn(Component::isVisible).singleElement()
                    .isInstanceOf(AttractScreen.class);
            assertThat(List.of(body.getComponents())).noneMatch(ResultScreen.class::isInstance);
            // no answer left selected on any kept screen
            assertThat(toggles(body)).isNotEmpty().noneMatch(JToggleButton::isSelected);
            return null;
        });
        window.panel("attract.start").click();
        gui.tap("intro.start");
        gui.waitUntil("age", () -> kiosk.wizard().question().orElse(null) == Question.AGE_BAND);
        window.toggleButton("age.18_64").requireNotSelected();
    }

    @Test
    void aPatientsTapPausesItUntilTheAttractScreenIsBack() {
        open();
        gui.waitUntil("warming up", () -> kiosk.warmUp().stepsLeft() > 0);
        window.panel("attract.start").click();
        gui.waitUntil("intro", () -> kiosk.wizard().page() == Page.INTRO);
        int left = GuiActionRunner.execute(() -> kiosk.warmUp().stepsLeft());
        gui.tap("intro.start");
        gui.waitUntil("age", () -> kiosk.wizard().question().orElse(null) == Question.AGE_BAND);
        gui.tapToggle("age.18_64");
        gui.waitUntil("chest pain", () -> kiosk.wizard().question().orElse(null) == Question.CHEST_PAIN);
        assertThat(GuiActionRunner.execute(() -> kiosk.warmUp().stepsLeft())).isEqualTo(left);
        assertThat(GuiActionRunner.execute(() -> kiosk.warmUp().done())).isFalse();
        gui.tap("nav.startOver");
        gui.waitUntil("warmed up after the visit", () -> kiosk.warmUp().done());
        GuiActionRunner.execute(() -> {
            Container body = (Container) RobotWindow.named(kiosk.frame().getContentPane(), "kiosk.body");
            assertThat(List.of(body.getComponents())).noneMatch(ResultScreen.class::isInstance);
            assertThat(toggles(body)).noneMatch(JToggleButton::isSelected);
            return null;
        });
    }

    private static List<JToggleButton> toggles(Container root) {
        List<JToggleButton> found = new ArrayList<>();
        for (Component child : root.getComponents()) {
            if (child instanceof JToggleButton toggle) {
                found.add(toggle);
            } else if (child instanceof Container container) {
                found.addAll(toggles(container));
            }
        }
        return found;
    }
}
