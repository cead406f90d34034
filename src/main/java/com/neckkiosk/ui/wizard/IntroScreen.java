package com.neckkiosk.ui.wizard;

import com.neckkiosk.ui.Touch;
import com.neckkiosk.ui.WrapText;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * Before the first question: this is guidance, not a diagnosis; tell the desk now if very
 * unwell; and no typing anywhere, nothing that names the patient is asked or kept.
 */
final class IntroScreen extends JPanel {

    IntroScreen(Texts texts, Runnable begin) {
        super(new MigLayout("insets 0, fillx, wrap 1", "[grow, fill]", "[]40[]24[]24[]push[]"));
        setName("screen.intro");
        setOpaque(false);
        add(new WrapText("intro.title", texts.get("intro.title"), "title"), "wmin 10");
        add(new WrapText("intro.guidance", texts.get("intro.guidance"), "body"), "wmin 10");
        add(new WrapText("intro.unwell", texts.get("intro.unwell"), "strong"), "wmin 10");
        add(new WrapText("intro.privacy", texts.get("intro.privacy"), "body"), "wmin 10");
        add(Touch.button("intro.start", texts.get("intro.start"), Touch.PRIMARY, begin),
                "growx 0, align right, w 320::");
    }
}
