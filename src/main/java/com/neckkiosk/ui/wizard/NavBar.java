package com.neckkiosk.ui.wizard;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.content.Language;
import com.neckkiosk.ui.Touch;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * The bar below a question: Back, the step count ("3 of 12") and Start over. Built once; a
 * render changes its words only. It lays itself out: its height is the buttons' whatever the
 * words say, so a new step count never asks the whole window to lay out again.
 */
final class NavBar extends JPanel {

    private final JButton back;
    private final JLabel step;
    private final JButton startOver;
    private Language shownIn;

    NavBar(Runnable onBack, Runnable onStartOver) {
        super(new MigLayout("insets 12 56 12 56, gap " + Touch.GAP, "[]push[]push[]", "[]"));
        setName("kiosk.navBar");
        putClientProperty(FlatClientProperties.STYLE_CLASS, "bar");
        back = Touch.button("nav.back", "", Touch.QUIET, onBack);
        add(back, "w 200::");
        step = Touch.label("nav.step", "", "step");
        add(step);
        startOver = Touch.button("nav.startOver", "", Touch.QUIET, onStartOver);
        add(startOver);
    }

    /** Changes inside the bar are laid out inside the bar (its height does not depend on them). */
    @Override
    public boolean isValidateRoot() {
        return getParent() != null && getHeight() > 0;
    }

    /** The words for a page; {@code stepNumber} and {@code stepCount} only count on a question. */
    void show(Texts texts, Language language, boolean onQuestion, int stepNumber, int stepCount) {
        assert calledOnEDT();
        if (language != shownIn) {
            shownIn = language;
            back.setText("\u2190  " + texts.get("nav.back"));
            back.getAccessibleContext().setAccessibleName(texts.get("nav.back"));
            startOver.setText(texts.get("nav.start_over"));
            startOver.getAccessibleContext().setAccessibleName(texts.get("nav.start_over"));
        }
        String count = onQuestion ? texts.format("nav.step", stepNumber, stepCount) : "";
        step.setText(count);
        Touch.describe(step, onQuestion ? texts.format("nav.step.spoken", stepNumber, stepCount) : "", null);
    }
}
