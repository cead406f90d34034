package com.neckkiosk.ui.staffexit;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.ui.Messages;
import com.neckkiosk.ui.Touch;
import com.neckkiosk.ui.WrapText;
import java.util.List;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * "This kiosk is not working right now; please go to the front desk", over the whole window,
 * until staff clear it (the corner gesture and the PIN again). Nothing under it can be touched.
 */
public final class OutOfOrderScreen extends Scrim {

    private final JPanel card = new JPanel(new MigLayout("insets 64 80 64 80, wrap 1, gapy 32", "[center, 700::1200]"));

    public OutOfOrderScreen() {
        super(new MigLayout("fill", "[center]", "[center]"), "Kiosk.page");
        setName("outOfOrder.screen");
        card.setName("outOfOrder.card");
        card.putClientProperty(FlatClientProperties.STYLE_CLASS, "surface");
        add(card);
    }

    /** Shows the screen in one language (the one staff chose). */
    public void show(Messages words) {
        show(List.of(words));
    }

    /**
     * Shows the screen in each language, the first one largest: when the kiosk puts itself out
     * of order nobody chose a language, so every patient can read it.
     */
    public void show(List<Messages> languages) {
        assert calledOnEDT();
        card.removeAll();
        Messages first = languages.get(0);
        String title = first.get("outoforder.title");
        String body = first.get("outoforder.body");
        card.add(new WrapText("outOfOrder.title", title, "display"), "growx, wmin 10, w 1000");
        card.add(new WrapText("outOfOrder.body", body, "body"), "growx, wmin 10");
        card.add(new WrapText("outOfOrder.thanks", first.get("outoforder.thanks"), "hint"), "growx, wmin 10");
        StringBuilder described = new StringBuilder(body);
        for (Messages other : languages.subList(1, languages.size())) {
            String code = other.language().code();
            String otherTitle = other.get("outoforder.title");
            String otherBody = other.get("outoforder.body");
            card.add(new WrapText("outOfOrder.title." + code, otherTitle, "title"), "growx, wmin 10, gaptop 24");
            card.add(new WrapText("outOfOrder.body." + code, otherBody, "body"), "growx, wmin 10");
            described.append(' ').append(otherTitle).append(' ').append(otherBody);
        }
        Touch.describe(this, title, described.toString());
        setVisible(true);
        revalidate();
        repaint();
    }
}
