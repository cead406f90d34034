package com.neckkiosk.ui.wizard;

import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.EpisodeLength;
import com.neckkiosk.triage.Question;
import com.neckkiosk.ui.Touch;
import java.util.function.Consumer;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

/** How long this episode has lasted: five large choices, shortest first. */
final class DurationScreen extends JPanel {

    DurationScreen(Texts texts, Answers answers, QuestionHeader.ReadAloud readAloud, Consumer<Answers> onAnswer) {
        super(new MigLayout("insets 0, fillx, wrap 1", "[grow, fill]", "[]56[]push"));
        setName("screen.question.duration");
        setOpaque(false);
        add(new QuestionHeader(texts, Question.DURATION, readAloud), "growx");

        JPanel choices = new JPanel(new MigLayout("insets 0, gap " + Touch.GAP,
                "[120:300:320, sg length, fill]".repeat(5), "[120!, fill]"));
        choices.setOpaque(false);
        String asked = texts.content().questionText(Question.DURATION);
        EpisodeLength given = answers.duration().orElse(null);
        for (EpisodeLength length : EpisodeLength.values()) {
            String label = texts.content().durationLabel(length);
            JToggleButton button = Touch.tile("duration." + length.id(), label, Touch.CHOICE, length == given);
            Touch.describe(button, label, asked);
            button.addActionListener(e -> onAnswer.accept(answers.withDuration(length)));
            choices.add(button, "wmin 10");
        }
        add(choices, "growx 0, align center");
    }
}
