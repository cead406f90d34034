package com.neckkiosk.ui.staffexit;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.LayoutManager;
import java.awt.event.MouseAdapter;
import javax.swing.JPanel;
import javax.swing.UIManager;

/** A full-window layer that dims what is under it and swallows every touch meant for it. */
class Scrim extends JPanel {

    private final String colourKey;

    Scrim(LayoutManager layout, String colourKey) {
        super(layout);
        this.colourKey = colourKey;
        setOpaque(false);
        addMouseListener(new MouseAdapter() { });
    }

    @Override
    protected void paintComponent(Graphics g) {
        Color colour = UIManager.getColor(colourKey);
        g.setColor(colour != null ? colour : new Color(0, 0, 0, 180));
        g.fillRect(0, 0, getWidth(), getHeight());
        super.paintComponent(g);
    }
}
