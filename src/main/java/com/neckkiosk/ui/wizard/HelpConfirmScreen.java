package com.neckkiosk.ui.wizard;

import com.neckkiosk.ui.Touch;
import com.neckkiosk.ui.WrapText;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** "Do you need help now?" with two big answers; one tap on Yes alerts the front desk. */
final class HelpConfirmScreen extends JPanel {

    HelpConfirmScreen(Texts texts, Runnable yes, Runnable no) {
        super(new MigLayout("insets 0, fillx, wrap 1", "[grow, fill]", "push[]24[]56[]push"));
        setName("screen.help_confirm");
        setOpaque(false);
        add(new WrapText("help.question", texts.get("help.question"), "display"), "wmin 10");
        add(new WrapText("help.explain", texts.get("help.explain"), "body"), "wmin 10");
        JPanel answers = new JPanel(new MigLayout("insets 0, gap " + Touch.GAP,
                "[320:480:560, sg help, fill]".repeat(2), "[120!, fill]"));
        answers.setOpaque(false);
        answers.add(Touch.button("help.yes", texts.get("help.yes"), Touch.HELP, yes));
        answers.add(Touch.button("help.no", texts.get("help.no"), Touch.QUIET, no));
        add(answers, "growx 0, align center");
    }
}
