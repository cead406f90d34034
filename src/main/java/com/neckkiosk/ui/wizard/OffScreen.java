package com.neckkiosk.ui.wizard;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Rectangle;
import java.awt.image.VolatileImage;
import javax.swing.JComponent;

/**
 * Paints a hidden, laid-out screen into an image of the display's own kind: nothing on the
 * display changes, but what a first paint costs is paid (text set in type, glyphs and images
 * sent to the display), so the paint that shows the screen later is a repaint.
 */
final class OffScreen {

    private VolatileImage canvas;

    /** Lays a hidden screen out at {@code bounds}, where it will show (nothing when they are empty). */
    static void layOut(JComponent screen, Rectangle bounds) {
        if (!bounds.isEmpty()) {
            screen.setBounds(bounds);
            screen.validate();
        }
    }

    /** Paints {@code screen} at its size; nothing when it has none or there is no display. */
    void paint(JComponent screen, GraphicsConfiguration graphics) {
        assert calledOnEDT();
        int width = screen.getWidth();
        int height = screen.getHeight();
        if (graphics == null || width <= 0 || height <= 0) {
            return;
        }
        if (canvas == null || canvas.getWidth() < width || canvas.getHeight() < height
                || canvas.validate(graphics) == VolatileImage.IMAGE_INCOMPATIBLE) {
            release();
            canvas = graphics.createCompatibleVolatileImage(width, height);
        }
        Graphics2D g = canvas.createGraphics();
        try {
            g.setClip(0, 0, width, height);
            screen.paint(g);
        } finally {
            g.dispose();
        }
    }

    /** Gives the image's memory back to the display. */
    void release() {
        if (canvas != null) {
            canvas.flush();
            canvas = null;
        }
    }
}
