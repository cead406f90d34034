package com.neckkiosk.ui.wizard;

import com.neckkiosk.triage.AgeBand;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.EpisodeLength;
import com.neckkiosk.triage.Question;
import com.neckkiosk.ui.Touch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

/** A question answered by one large choice in a row: the age group, how long it has lasted. */
final class SingleChoiceScreen<T> extends JPanel implements AnswerScreen {

    private final Function<Answers, T> givenIn;
    private final Map<T, JToggleButton> buttons = new LinkedHashMap<>();

    /** The age group: three large choices, no typing of a birth date. */
    static SingleChoiceScreen<AgeBand> age(Texts texts, Supplier<Answers> answers, QuestionHeader.ReadAloud readAloud,
                                           Consumer<Answers> onAnswer) {
        return new SingleChoiceScreen<>(texts, Question.AGE_BAND, List.of(AgeBand.values()),
                a -> a.ageBand().orElse(null), AgeBand::id, texts.content()::ageBandLabel,
                "age", "[320:360:440, sg choice, fill]", answers, Answers::withAgeBand, readAloud, onAnswer);
    }

    /** How long this episode has lasted: five large choices, shortest first. */
    static SingleChoiceScreen<EpisodeLength> duration(Texts texts, Supplier<Answers> answers,
                                                      QuestionHeader.ReadAloud readAloud, Consumer<Answers> onAnswer) {
        return new SingleChoiceScreen<>(texts, Question.DURATION, List.of(EpisodeLength.values()),
                a -> a.duration().orElse(null), EpisodeLength::id, texts.content()::durationLabel,
                "duration", "[120:300:320, sg choice, fill]", answers, Answers::withDuration, readAloud, onAnswer);
    }

    private SingleChoiceScreen(Texts texts, Question question, List<T> options, Function<Answers, T> givenIn,
                               Function<T, String> idOf, Function<T, String> labelOf, String namePrefix,
                               String column, Supplier<Answers> answers, BiFunction<Answers, T, Answers> answer,
                               QuestionHeader.ReadAloud readAloud, Consumer<Answers> onAnswer) {
        super(new MigLayout("insets 0, fillx, wrap 1", "[grow, fill]", "[]56[]push"));
        this.givenIn = givenIn;
        setName("screen.question." + question.id());
        setOpaque(false);
        add(new QuestionHeader(texts, question, readAloud), "growx");

        JPanel choices = new JPanel(new MigLayout("insets 0, gap " + Touch.GAP,
                column.repeat(options.size()), "[120!, fill]"));
        choices.setOpaque(false);
        String asked = texts.content().questionText(question);
        for (T option : options) {
            String label = labelOf.apply(option);
            JToggleButton button = Touch.tile(namePrefix + "." + idOf.apply(option), label, Touch.CHOICE, false);
            Touch.describe(button, label, asked);
            button.addActionListener(e -> onAnswer.accept(answer.apply(answers.get(), option)));
            buttons.put(option, button);
            choices.add(button, "wmin 10");
        }
        add(choices, "growx 0, align center");
        showAnswers(answers.get());
    }

    @Override
    public void showAnswers(Answers answers) {
        T given = givenIn.apply(answers);
        buttons.forEach((option, button) -> button.setSelected(option == given));
    }
}
