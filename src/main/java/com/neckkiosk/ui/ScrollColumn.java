package com.neckkiosk.ui;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JViewport;
import javax.swing.Scrollable;

/**
 * A panel that takes the scroll pane's width, so wrapped text inside it wraps to fit, and
 * scrolls only what is taller than the view.
 */
public final class ScrollColumn extends JPanel implements Scrollable {

    public ScrollColumn(LayoutManager layout) {
        super(layout);
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return Math.max(16, getFont().getSize() * 2);
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return Math.max(16, visible.height - getFont().getSize() * 2);
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    /** Fills the viewport's height when there is room, so "push" gaps still centre things. */
    @Override
    public boolean getScrollableTracksViewportHeight() {
        return getParent() instanceof JViewport && getParent().getHeight() > getPreferredSize().height;
    }
}
