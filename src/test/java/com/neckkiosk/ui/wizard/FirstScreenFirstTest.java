package com.neckkiosk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.content.Language;
import com.neckkiosk.selftest.CheckResult;
import com.neckkiosk.selftest.HealthReport;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.staffexit.StaffActions;
import com.neckkiosk.ui.testing.RobotWindow;
import java.awt.Component;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The kiosk's own start-up ({@link KioskApp#launch}) builds only what the attract screen shows
 * before its first paint: the nav bar, the top bar's language, text size and contrast buttons,
 * the idle overlay, the out-of-order screen and the staff layer come right after that paint, or
 * as soon as something needs them if that is sooner (a health report, a visit begun).
 */
class FirstScreenFirstTest {

    private static final List<String> HIDDEN_PARTS = List.of("kiosk.navBar", "nav.language.es", "nav.textSize",
            "nav.contrast", "staffexit.layer", "outOfOrder.screen", "idle.overlay");

    @RegisterExtension
    final RobotWindow gui = new RobotWindow(Timeout.timeout(15_000));

    private static KioskFrame firstScreenOnly(ClinicConfig config) {
        KioskTheme.apply(KioskTheme.Look.STANDARD, config.textScale());
        return KioskApp.create(config, new InMemoryVisitLog(), false, Runnable::run, Optional.empty(),
                StaffActions.of(config), Clock.systemUTC(), System::currentTimeMillis, true);
    }

    /** Which of the hidden parts are in the window (call on the EDT). */
    private static List<String> built(KioskFrame kiosk) {
        return HIDDEN_PARTS.stream().filter(name -> RobotWindow.named(kiosk.frame().getRootPane(), name) != null)
                .toList();
    }

    @Test
    void whatTheAttractScreenDoesNotShowIsBuiltRightAfterTheFirstPaint() {
        AtomicReference<List<String>> beforePaint = new AtomicReference<>();
        KioskFrame kiosk = gui.open(RobotWindow.KIOSK_SIZE, () -> {
            KioskFrame frame = firstScreenOnly(TestConfigs.clinic());
            beforePaint.set(built(frame));
            return frame;
        }, KioskFrame::frame, KioskFrame::dispose);

        assertThat(beforePaint.get()).isEmpty();
        gui.waitUntil("the hidden parts built", () -> built(kiosk).equals(HIDDEN_PARTS));
        // still the attract screen, as before: the new parts do not show
        gui.window().button("help.button").requireVisible();
        gui.window().button("attract.language.es").requireVisible();
        for (String name : List.of("kiosk.navBar", "nav.language.es", "nav.textSize", "staffexit.layer",
                "outOfOrder.screen")) {
            assertThat(GuiActionRunner.execute(() -> RobotWindow.named(kiosk.frame().getRootPane(), name).isShowing()))
                    .as(name).isFalse();
        }

        // a visit in Spanish: the bar's choices are there and described in Spanish
        gui.tap("attract.language.es");
        gui.waitUntil("the intro", () -> kiosk.wizard().page() == Page.INTRO);
        gui.window().button("nav.language.en").requireVisible();
        gui.window().toggleButton("nav.textSize").requireVisible();
        assertThat(GuiActionRunner.execute(() -> gui.window().toggleButton("nav.textSize").target()
                .getAccessibleContext().getAccessibleName())).isEqualTo("Letra más grande");
        gui.window().panel("kiosk.navBar").requireVisible();
    }

    @Test
    void beforeTheFirstPaintAHealthReportOrAVisitBuildsWhatItNeeds() {
        ClinicConfig config = TestConfigs.clinic();
        KioskFrame kiosk = GuiActionRunner.execute(() -> firstScreenOnly(config));
        try {
            assertThat(GuiActionRunner.execute(() -> built(kiosk))).isEmpty();
            kiosk.healthChecked(new HealthReport(List.of(CheckResult.failed("database", "cannot write")),
                    Instant.parse("2026-11-22T08:02:00Z")));
            gui.waitUntil("out of order", kiosk::outOfOrder);

            KioskFrame other = GuiActionRunner.execute(() -> firstScreenOnly(config));
            try {
                GuiActionRunner.execute(() -> other.wizard().start(Language.ES));
                assertThat(GuiActionRunner.execute(() -> built(other))).isEqualTo(HIDDEN_PARTS);
                Component nav = GuiActionRunner.execute(() -> RobotWindow.named(other.frame().getRootPane(),
                        "kiosk.navBar"));
                assertThat(nav.isVisible()).isTrue();
                assertThat(((JComponent) GuiActionRunner.execute(() -> RobotWindow.named(
                        other.frame().getRootPane(), "nav.language.en"))).isVisible()).isTrue();
            } finally {
                GuiActionRunner.execute(other::dispose);
            }
        } finally {
            GuiActionRunner.execute(kiosk::dispose);
        }
    }
}
