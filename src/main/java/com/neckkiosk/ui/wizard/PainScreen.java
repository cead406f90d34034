package com.neckkiosk.ui.wizard;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Question;
import com.neckkiosk.ui.Touch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;

/**
 * Pain right now, 0 to 10: eleven large buttons in a row with the words none, mild,
 * moderate and severe under the ranges they name. Words, not faces.
 */
final class PainScreen extends JPanel implements AnswerScreen {

    private final JToggleButton[] buttons = new JToggleButton[11];

    PainScreen(Texts texts, Supplier<Answers> answers, QuestionHeader.ReadAloud readAloud, Consumer<Answers> onAnswer) {
        super(new MigLayout("insets 0, fillx, wrap 1", "[grow, fill]", "[]56[]push"));
        setName("screen.question.pain_score");
        setOpaque(false);
        add(new QuestionHeader(texts, Question.PAIN_SCORE, readAloud), "growx");

        StringBuilder columns = new StringBuilder();
        for (int score = 0; score <= 10; score++) {
            columns.append("[80:132:150, sg pain, fill]");
        }
        JPanel scale = new JPanel(new MigLayout("insets 0, gap " + Touch.GAP + " 12", columns.toString(),
                "[120!, fill][]"));
        scale.setOpaque(false);
        for (int score = 0; score <= 10; score++) {
            int chosen = score;
            String word = texts.content().painWord(score);
            JToggleButton button = Touch.toggle("pain." + score, String.valueOf(score), Touch.CHOICE, false);
            buttons[score] = button;
            Touch.describe(button, score + " " + word, texts.content().questionText(Question.PAIN_SCORE));
            button.addActionListener(e -> onAnswer.accept(answers.get().withPainScore(chosen)));
            scale.add(button, score == 10 ? "wrap" : "");
        }
        scale.add(word(texts, 0, "none"), "");
        scale.add(word(texts, 1, "mild"), "span 3");
        scale.add(word(texts, 4, "moderate"), "span 3");
        scale.add(word(texts, 7, "severe"), "span 4");
        add(scale, "growx 0, align center");
        showAnswers(answers.get());
    }

    @Override
    public void showAnswers(Answers answers) {
        int given = answers.painScore().orElse(-1);
        for (int score = 0; score < buttons.length; score++) {
            buttons[score].setSelected(score == given);
        }
    }

    private static JPanel word(Texts texts, int score, String id) {
        // a thin line over the word shows which numbers it covers
        JPanel cell = new JPanel(new MigLayout("insets 0, fillx, wrap 1, gap 0 6", "[grow, fill]", "[4!][]"));
        cell.setOpaque(false);
        JPanel bracket = new JPanel();
        bracket.putClientProperty(FlatClientProperties.STYLE_CLASS, "bracket");
        cell.add(bracket, "growx");
        JLabel label = Touch.label("pain.word." + id, texts.content().painWord(score), "scale");
        label.setHorizontalAlignment(SwingConstants.CENTER);
        cell.add(label, "growx");
        return cell;
    }
}
