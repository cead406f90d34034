package com.neckkiosk.ui.wizard;

import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.Reply;
import com.neckkiosk.ui.Touch;
import java.util.function.Consumer;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

/** A warning-sign question: Yes, No, Not sure. The answer already given shows selected. */
final class ReplyScreen extends JPanel {

    ReplyScreen(Texts texts, Question question, Answers answers, QuestionHeader.ReadAloud readAloud,
                Consumer<Answers> onAnswer) {
        super(new MigLayout("insets 0, fillx, wrap 1", "[grow, fill]", "[]56[]push"));
        setName("screen.question." + question.id());
        setOpaque(false);
        add(new QuestionHeader(texts, question, readAloud), "growx");

        JPanel choices = new JPanel(new MigLayout("insets 0, gap " + Touch.GAP,
                "[320:360:440, sg reply, fill]".repeat(3), "[120!, fill]"));
        choices.setOpaque(false);
        String asked = texts.content().questionText(question);
        Reply given = answers.reply(question).orElse(null);
        for (Reply reply : Reply.values()) {
            String label = texts.content().replyLabel(reply);
            JToggleButton button = Touch.toggle("reply." + reply.id(), label, Touch.CHOICE, reply == given);
            Touch.describe(button, label, asked);
            button.addActionListener(e -> onAnswer.accept(answers.with(question, reply)));
            choices.add(button);
        }
        add(choices, "growx 0, align center");
    }
}
