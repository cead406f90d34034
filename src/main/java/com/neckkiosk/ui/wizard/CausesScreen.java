package com.neckkiosk.ui.wizard;

import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Cause;
import com.neckkiosk.triage.Question;
import com.neckkiosk.ui.Touch;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * What may have set the pain off: large toggle tiles, several allowed. "None of these"
 * clears the others (and is cleared by them). Continue moves on with what is chosen.
 */
final class CausesScreen extends JPanel implements AnswerScreen {

    private final Map<Cause, JToggleButton> tiles = new EnumMap<>(Cause.class);
    private final Supplier<Answers> answers;

    /** {@code onChoosing} runs after each tap on a tile (the kiosk then prepares the result card ahead). */
    CausesScreen(Texts texts, Supplier<Answers> answers, QuestionHeader.ReadAloud readAloud, int columnCount,
                 Consumer<Answers> onAnswer, Runnable onChoosing) {
        super(new MigLayout("insets 0, fillx, wrap 1", "[grow, fill]", "[]24[]push"));
        this.answers = answers;
        setName("screen.question.causes");
        setOpaque(false);
        add(new QuestionHeader(texts, Question.CAUSES, readAloud), "growx");

        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < columnCount; i++) {
            columns.append("[120:420:460, sg cause, fill]");
        }
        // tall enough for the longest label: three lines in wide tiles, four in narrow ones
        int lineHeight = getFontMetrics(UIManager.getFont("ToggleButton.font")).getHeight();
        JPanel grid = new JPanel(new MigLayout("insets 0, gap " + Touch.GAP + ", wrap " + columnCount,
                columns.toString(), "[" + Math.max(Touch.MIN_HEIGHT, (columnCount >= 4 ? 3 : 4) * lineHeight + 28) + "!, fill]"));
        grid.setOpaque(false);
        String asked = texts.content().questionText(Question.CAUSES);
        for (Cause cause : Cause.values()) {
            String label = texts.content().causeLabel(cause);
            JToggleButton tile = Touch.tile("cause." + cause.id(), label, Touch.TILE, false);
            Touch.describe(tile, label, asked);
            tile.addActionListener(e -> {
                chosen(cause, tile.isSelected());
                onChoosing.run();
            });
            tiles.put(cause, tile);
            grid.add(tile, "wmin 10");
        }
        String next = texts.get("causes.continue");
        JButton proceed = Touch.button("causes.continue", next, Touch.PRIMARY,
                () -> onAnswer.accept(chosen()));
        // Continue takes the free cells after the last tile, or a row of its own
        int free = (columnCount - Cause.values().length % columnCount) % columnCount;
        grid.add(proceed, free == 0 ? "newline, skip " + (columnCount - 1) + ", growx 0, align right, aligny bottom"
                : "span " + free + ", growx 0, align right, aligny bottom");
        add(grid, "growx 0, align center");
        showAnswers(answers.get());
    }

    @Override
    public void showAnswers(Answers answers) {
        Set<Cause> given = answers.causes().orElse(Set.of());
        tiles.forEach((cause, tile) -> tile.setSelected(given.contains(cause)));
    }

    private void chosen(Cause cause, boolean on) {
        if (!on) {
            return;
        }
        if (cause == Cause.NONE_KNOWN) {
            tiles.forEach((other, tile) -> tile.setSelected(other == Cause.NONE_KNOWN));
        } else {
            tiles.get(Cause.NONE_KNOWN).setSelected(false);
        }
    }

    /** The answers as Continue would give them now. */
    Answers chosen() {
        return answers.get().withCauses(selected());
    }

    private Set<Cause> selected() {
        Set<Cause> chosen = EnumSet.noneOf(Cause.class);
        tiles.forEach((cause, tile) -> {
            if (tile.isSelected()) {
                chosen.add(cause);
            }
        });
        return chosen;
    }
}
