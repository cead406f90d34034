package com.neckkiosk.ui.wizard;

import com.neckkiosk.triage.AgeBand;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Question;
import com.neckkiosk.ui.Touch;
import java.util.function.Consumer;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

/** The age group: three large choices, no typing of a birth date. */
final class AgeScreen extends JPanel {

    AgeScreen(Texts texts, Answers answers, QuestionHeader.ReadAloud readAloud, Consumer<Answers> onAnswer) {
        super(new MigLayout("insets 0, fillx, wrap 1", "[grow, fill]", "[]56[]push"));
        setName("screen.question.age_band");
        setOpaque(false);
        add(new QuestionHeader(texts, Question.AGE_BAND, readAloud), "growx");

        JPanel choices = new JPanel(new MigLayout("insets 0, gap " + Touch.GAP,
                "[320:360:440, sg age, fill]".repeat(3), "[120!, fill]"));
        choices.setOpaque(false);
        String asked = texts.content().questionText(Question.AGE_BAND);
        AgeBand given = answers.ageBand().orElse(null);
        for (AgeBand band : AgeBand.values()) {
            String label = texts.content().ageBandLabel(band);
            JToggleButton button = Touch.tile("age." + band.id(), label, Touch.CHOICE, band == given);
            Touch.describe(button, label, asked);
            button.addActionListener(e -> onAnswer.accept(answers.withAgeBand(band)));
            choices.add(button, "wmin 10");
        }
        add(choices, "growx 0, align center");
    }
}
