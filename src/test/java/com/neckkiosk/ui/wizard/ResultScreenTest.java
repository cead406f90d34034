package com.neckkiosk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.content.Language;
import com.neckkiosk.print.Sheet;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.Reply;
import com.neckkiosk.triage.Triage;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.testing.RobotWindow;
import java.awt.Container;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The result card without a robot: built while the visit is saving, then updated in place
 * when the visit code and the print's outcome arrive. Done must stay the very same button
 * (a tap on it is never lost to a card built again), and what a screen reader says follows.
 */
class ResultScreenTest {

    private final PreviewImages images = new PreviewImages();
    private final Texts en = Texts.of(Language.EN);

    @BeforeEach
    void theme() {
        GuiActionRunner.execute(() -> KioskTheme.apply(KioskTheme.Look.STANDARD, 1.0));
    }

    @AfterEach
    void stop() {
        images.shutdown();
    }

    private static Sheet sheet(Answers answers, String code) {
        return Sheet.of(TestConfigs.clinic(), answers, Language.EN, code, LocalDate.of(2026, 11, 22));
    }

    private ResultScreen saving(Answers answers) {
        Result pending = Result.pending(Triage.assess(answers));
        return GuiActionRunner.execute(() -> new ResultScreen(en, pending, answers, PrintState.UNAVAILABLE,
                sheet(answers, null), images, () -> { }, () -> { }));
    }

    @Test
    void theSelfCareCardShowsTheCodeAndPrintInPlaceWithTheSameDoneButton() {
        Answers answers = WarmUp.answered(Map.of());
        ResultScreen card = saving(answers);
        JButton done = GuiActionRunner.execute(() -> (JButton) RobotWindow.named(card, "result.done"));
        assertThat(GuiActionRunner.execute(() -> RobotWindow.named(card, "result.code").isVisible())).isFalse();
        assertThat(text(card, "result.status")).isEqualTo(en.get("result.status.wait"));
        assertThat(GuiActionRunner.execute(() -> RobotWindow.named(card, "result.print"))).isNull();

        Result saved = Result.pending(Triage.assess(answers)).saved("K7-1");
        GuiActionRunner.execute(() -> card.update(saved, PrintState.READY, sheet(answers, "K7-1")));
        assertThat(GuiActionRunner.execute(() -> RobotWindow.named(card, "result.done"))).isSameAs(done);
        JLabel code = GuiActionRunner.execute(() -> (JLabel) RobotWindow.named(card, "result.code"));
        assertThat(GuiActionRunner.execute(code::isVisible)).isTrue();
        assertThat(GuiActionRunner.execute(code::getText)).isEqualTo("K7-1");
        assertThat(code.getAccessibleContext().getAccessibleName()).isEqualTo(en.get("result.code.label") + " K7-1");
        assertThat(GuiActionRunner.execute(() -> RobotWindow.named(card, "result.status").isVisible())).isFalse();
        assertThat(text(card, "result.print.status")).isEqualTo(en.get("result.print.ready"));
        assertThat(accessibleName(card, "result.print.status")).isEqualTo(en.get("result.print.ready"));
        JButton print = GuiActionRunner.execute(() -> (JButton) RobotWindow.named(card, "result.print"));
        assertThat(print.getAccessibleContext().getAccessibleDescription()).isEqualTo(en.get("result.print.explain"));
        // Print comes just before Done: the two share Done's row
        assertThat(GuiActionRunner.execute(() -> Arrays.asList(card.getComponents()).indexOf(print) + 1))
                .isEqualTo(GuiActionRunner.execute(() -> Arrays.asList(card.getComponents()).indexOf(done)));
        // the preview is the sheet with its visit code; a screen reader gets its words
        assertThat(GuiActionRunner.execute(() -> RobotWindow.named(card, "result.preview.pages").getAccessibleContext()
                .getAccessibleDescription())).contains("K7-1");

        GuiActionRunner.execute(() -> card.update(saved, PrintState.PRINTING, sheet(answers, "K7-1")));
        assertThat(GuiActionRunner.execute(() -> RobotWindow.named(card, "result.print"))).isNull();
        assertThat(GuiActionRunner.execute(() -> RobotWindow.named(card, "result.done"))).isSameAs(done);
        assertThat(text(card, "result.print.status")).isEqualTo(en.get("result.print.busy"));
        assertThat(style(card, "result.print.status")).isEqualTo("strong");

        GuiActionRunner.execute(() -> card.update(saved, PrintState.FAILED, sheet(answers, "K7-1")));
        assertThat(text(card, "result.print.status")).isEqualTo(en.format("result.print.failed", "K7-1"));
        assertThat(accessibleName(card, "result.print.status")).isEqualTo(en.format("result.print.failed", "K7-1"));
    }

    @Test
    void theEmergencyCardSaysTheDeskWasToldOnlyOnceSavedAndOffersNoPrint() {
        Answers answers = WarmUp.answered(Map.of(Question.CHEST_PAIN, Reply.YES));
        ResultScreen card = saving(answers);
        assertThat(text(card, "result.status")).isEqualTo(en.get("result.status.telling"));
        Result saved = Result.pending(Triage.assess(answers)).saved("K7-2");
        GuiActionRunner.execute(() -> card.update(saved, PrintState.UNAVAILABLE, sheet(answers, "K7-2")));
        assertThat(text(card, "result.status")).isEqualTo(en.get("result.status.told"));
        assertThat(accessibleName(card, "result.status")).isEqualTo(en.get("result.status.told"));
        assertThat(style(card, "result.status")).isEqualTo("strong");
        assertThat(GuiActionRunner.execute(() -> ((JLabel) RobotWindow.named(card, "result.code")).getText())).isEqualTo("K7-2");
        assertThat(GuiActionRunner.execute(() -> RobotWindow.named(card, "result.print"))).isNull();
        assertThat(GuiActionRunner.execute(() -> RobotWindow.named(card, "result.print.status").isVisible())).isFalse();

        Result failed = Result.pending(Triage.assess(answers)).failed();
        ResultScreen other = saving(answers);
        GuiActionRunner.execute(() -> other.update(failed, PrintState.UNAVAILABLE, sheet(answers, null)));
        assertThat(text(other, "result.status")).isEqualTo(en.get("result.status.not_told"));
        assertThat(style(other, "result.status")).isEqualTo("problem");
        assertThat(GuiActionRunner.execute(() -> RobotWindow.named(other, "result.code").isVisible())).isFalse();
    }

    private static String text(Container root, String name) {
        return GuiActionRunner.execute(() -> ((JTextArea) RobotWindow.named(root, name)).getText());
    }

    private static String accessibleName(Container root, String name) {
        return GuiActionRunner.execute(() -> RobotWindow.named(root, name).getAccessibleContext().getAccessibleName());
    }

    private static Object style(Container root, String name) {
        return GuiActionRunner.execute(() -> ((JTextArea) RobotWindow.named(root, name)).getClientProperty(FlatClientProperties.STYLE_CLASS));
    }
}
