package com.neckkiosk.ui.staffexit;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.ui.Messages;
import com.neckkiosk.ui.Touch;
import com.neckkiosk.ui.WrapText;
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

    /** Shows the screen in one language. */
    public void show(Messages words) {
        assert calledOnEDT();
        card.removeAll();
        String title = words.get("outoforder.title");
        String body = words.get("outoforder.body");
        card.add(new WrapText("outOfOrder.title", title, "display"), "growx, wmin 10, w 1000");
        card.add(new WrapText("outOfOrder.body", body, "body"), "growx, wmin 10");
        card.add(new WrapText("outOfOrder.thanks", words.get("outoforder.thanks"), "hint"), "growx, wmin 10");
        Touch.describe(this, title, body);
        setVisible(true);
        revalidate();
        repaint();
    }
}
