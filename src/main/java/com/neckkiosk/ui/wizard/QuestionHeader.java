package com.neckkiosk.ui.wizard;

import com.neckkiosk.triage.Question;
import com.neckkiosk.ui.Glyphs;
import com.neckkiosk.ui.Touch;
import com.neckkiosk.ui.WrapText;
import javax.swing.JButton;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** The question in large type, its one-line hint, and the read-aloud button when speech exists. */
final class QuestionHeader extends JPanel {

    QuestionHeader(Texts texts, Question question, ReadAloud readAloud) {
        super(new MigLayout("insets 0, gap 24 16, fillx", "[grow, fill, 10::][]", "[top][center]"));
        setOpaque(false);
        String text = texts.content().questionText(question);
        String hint = texts.content().questionHint(question);
        add(new WrapText("question.text", text, "question"), "span 2, growx, wmin 10, wrap");
        add(new WrapText("question.hint", hint, "hint"), "growx, wmin 10");
        if (readAloud != null) {
            String label = texts.get("nav.read_aloud");
            JButton speak = Touch.button("question.readAloud", label, Touch.QUIET,
                    () -> readAloud.read(text + " " + hint));
            speak.setIcon(Glyphs.speaker(speak.getFont().getSize() + 8));
            speak.setIconTextGap(12);
            Touch.describe(speak, label, text);
            add(speak);
        }
    }

    /** Speaks a text in the screen's language. */
    @FunctionalInterface
    interface ReadAloud {
        void read(String text);
    }
}
