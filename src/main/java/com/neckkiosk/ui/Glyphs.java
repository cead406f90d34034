package com.neckkiosk.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import javax.swing.AbstractButton;
import javax.swing.Icon;
import javax.swing.UIManager;

/**
 * Small drawn icons for the settings buttons (there is no icon font on a kiosk), painted
 * in the button's text colour for its state, so they follow the theme and high contrast.
 */
public final class Glyphs {

    private Glyphs() {
    }

    /** A speaker with sound waves: read aloud. */
    public static Icon speaker(int size) {
        return new Glyph(size) {
            @Override
            void draw(Graphics2D g, int s) {
                Path2D body = new Path2D.Double();
                body.moveTo(s * 0.08, s * 0.36);
                body.lineTo(s * 0.28, s * 0.36);
                body.lineTo(s * 0.52, s * 0.14);
                body.lineTo(s * 0.52, s * 0.86);
                body.lineTo(s * 0.28, s * 0.64);
                body.lineTo(s * 0.08, s * 0.64);
                body.closePath();
                g.fill(body);
                g.setStroke(new BasicStroke(s * 0.08f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Arc2D.Double(s * 0.40, s * 0.30, s * 0.30, s * 0.40, -50, 100, Arc2D.OPEN));
                g.draw(new Arc2D.Double(s * 0.36, s * 0.14, s * 0.56, s * 0.72, -50, 100, Arc2D.OPEN));
            }
        };
    }

    /** A small and a large letter A: text size. */
    public static Icon textSize(int size) {
        return new Glyph(size) {
            @Override
            void draw(Graphics2D g, int s) {
                letterA(g, s * 0.02, s * 0.92, s * 0.40, s * 0.50);
                letterA(g, s * 0.40, s * 0.92, s * 0.58, s * 0.84);
            }

            private void letterA(Graphics2D g, double x, double baseline, double width, double height) {
                g.setStroke(new BasicStroke((float) Math.max(2, height * 0.14), BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
                Path2D a = new Path2D.Double();
                a.moveTo(x + width * 0.08, baseline);
                a.lineTo(x + width / 2, baseline - height);
                a.lineTo(x + width * 0.92, baseline);
                a.moveTo(x + width * 0.25, baseline - height * 0.38);
                a.lineTo(x + width * 0.75, baseline - height * 0.38);
                g.draw(a);
            }
        };
    }

    /** A circle, half filled: contrast. */
    public static Icon contrast(int size) {
        return new Glyph(size) {
            @Override
            void draw(Graphics2D g, int s) {
                double inset = s * 0.08;
                g.setStroke(new BasicStroke(s * 0.08f));
                g.draw(new Ellipse2D.Double(inset, inset, s - 2 * inset, s - 2 * inset));
                g.fill(new Arc2D.Double(inset, inset, s - 2 * inset, s - 2 * inset, 90, 180, Arc2D.PIE));
            }
        };
    }

    private abstract static class Glyph implements Icon {
        private final int size;

        Glyph(int size) {
            this.size = size;
        }

        abstract void draw(Graphics2D g, int s);

        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                g2.setColor(colourFor(c));
                g2.translate(x, y);
                draw(g2, size);
            } finally {
                g2.dispose();
            }
        }

        private static Color colourFor(Component c) {
            boolean selected = c instanceof AbstractButton && ((AbstractButton) c).isSelected();
            Color colour = UIManager.getColor(selected ? "Kiosk.selected.foreground" : "Kiosk.choice.foreground");
            return colour != null ? colour : c.getForeground();
        }

        @Override
        public int getIconWidth() {
            return size;
        }

        @Override
        public int getIconHeight() {
            return size;
        }
    }
}
