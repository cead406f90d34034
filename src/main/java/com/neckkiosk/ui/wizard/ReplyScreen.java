package com.neckkiosk.ui.wizard;

import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.Reply;
import com.neckkiosk.ui.Touch;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

/** A warning-sign question: Yes, No, Not sure. The answer already given shows selected. */
final class ReplyScreen extends JPanel implements AnswerScreen {

    private final Question question;
    private final Map<Reply, JToggleButton> buttons = new EnumMap<>(Reply.class);

    ReplyScreen(Texts texts, Question question, Supplier<Answers> answers, QuestionHeader.ReadAloud readAloud,
                Consumer<Answers> onAnswer) {
        super(new MigLayout("insets 0, fillx, wrap 1", "[grow, fill]", "[]56[]push"));
        this.question = question;
        setName("screen.question." + question.id());
        setOpaque(false);
        add(new QuestionHeader(texts, question, readAloud), "growx");

        JPanel choices = new JPanel(new MigLayout("insets 0, gap " + Touch.GAP,
                "[320:360:440, sg reply, fill]".repeat(3), "[120!, fill]"));
        choices.setOpaque(false);
        String asked = texts.content().questionText(question);
        for (Reply reply : Reply.values()) {
            String label = texts.content().replyLabel(reply);
            JToggleButton button = Touch.toggle("reply." + reply.id(), label, Touch.CHOICE, false);
            Touch.describe(button, label, asked);
            button.addActionListener(e -> onAnswer.accept(answers.get().with(question, reply)));
            buttons.put(reply, button);
            choices.add(button);
        }
        add(choices, "growx 0, align center");
        showAnswers(answers.get());
    }

    @Override
    public void showAnswers(Answers answers) {
        Reply given = answers.reply(question).orElse(null);
        buttons.forEach((reply, button) -> button.setSelected(reply == given));
    }
}
