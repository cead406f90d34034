package com.neckkiosk.ui.wizard;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.ui.Touch;
import com.neckkiosk.ui.WrapText;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.event.MouseAdapter;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The glass pane that asks "Are you still there?" over a dimmed screen, with the seconds
 * left in large type and one big "I'm still here" button. It swallows touches so nothing
 * underneath can be pressed while it shows.
 */
final class IdleOverlay extends JPanel {

    private final JPanel card = new JPanel(new MigLayout("insets 48 64 48 64, wrap 1, gapy 24", "[center, 600::]"));

    IdleOverlay() {
        super(new MigLayout("fill", "[center]", "[center]"));
        setName("idle.overlay");
        setOpaque(false);
        addMouseListener(new MouseAdapter() { });
        card.setName("idle.card");
        card.putClientProperty(FlatClientProperties.STYLE_CLASS, "surface");
        add(card);
    }

    private Texts texts;
    private WrapText explain;
    private JLabel count;

    /** Shows the card with the seconds left, in the patient's language; built once per language. */
    void show(Texts words, int secondsLeft, Runnable stay) {
        if (words != texts) {
            texts = words;
            card.removeAll();
            card.add(new WrapText("idle.title", words.get("idle.title"), "display"), "growx, wmin 10, w 900");
            explain = new WrapText("idle.explain", "", "body");
            card.add(explain, "growx, wmin 10");
            count = Touch.label("idle.countdown", "", "code");
            card.add(count);
            JButton here = Touch.button("idle.stay", words.get("idle.stay"), Touch.PRIMARY, stay);
            card.add(here, "w 480::, h 120!");
        }
        String sentence = words.format("idle.explain", secondsLeft);
        explain.setText(sentence);
        explain.getAccessibleContext().setAccessibleName(sentence);
        count.setText(String.valueOf(secondsLeft));
        Touch.describe(count, sentence, null);
        setVisible(true);
        revalidate();
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g) {
        Color scrim = UIManager.getColor("Kiosk.scrim");
        g.setColor(scrim != null ? scrim : new Color(0, 0, 0, 180));
        g.fillRect(0, 0, getWidth(), getHeight());
        super.paintComponent(g);
    }
}
