package com.neckkiosk.bench;

import java.awt.Component;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;

/**
 * Swing's repaint manager, timing the first paint after a tap. Swing validates everything a
 * tap invalidated ({@code validateInvalidComponents}) and then paints everything it dirtied
 * in one {@code paintDirtyRegions} pass on the EDT, including the copy of the back buffer to
 * the window; {@code Toolkit.sync} then flushes it to the X server. The time after that is
 * when the new screen is on the display. The layout and paint parts are kept apart, so a
 * tap's time can be split into building the screen, laying it out and painting it.
 */
final class PaintClock extends RepaintManager {

    private CountDownLatch waiting;
    private volatile long paintedAt;
    private volatile long layoutNanos;
    private volatile long paintNanos;
    private Rectangle dirty;
    private double windowArea = 1;
    private volatile double paintedShare;

    /** Call on the EDT just before the tap; the next paint pass after it counts down the latch. */
    CountDownLatch expectPaint() {
        waiting = new CountDownLatch(1);
        dirty = null;
        layoutNanos = 0;
        paintNanos = 0;
        return waiting;
    }

    /**
     * Of the dirty regions since {@link #expectPaint} (on the EDT, where a tap's are made), their
     * union in the window's coordinates: how much of the window a tap has Swing paint again (an
     * upper bound when they lie apart).
     */
    @Override
    public void addDirtyRegion(JComponent c, int x, int y, int w, int h) {
        super.addDirtyRegion(c, x, y, w, h);
        JRootPane root = c.getRootPane();
        if (waiting == null || root == null || !c.isShowing() || w <= 0 || h <= 0
                || !SwingUtilities.isEventDispatchThread()) {
            return; // (no lock here: Swing's own paint calls hold this repaint manager's)
        }
        Rectangle area = new Rectangle(x, y, w, h);
        for (Component at = c; at != root && at != null; at = at.getParent()) {
            area.translate(at.getX(), at.getY());
        }
        area = area.intersection(new Rectangle(root.getSize()));
        if (!area.isEmpty()) {
            dirty = dirty == null ? area : dirty.union(area);
            windowArea = (double) root.getWidth() * root.getHeight();
        }
    }

    @Override
    public void validateInvalidComponents() {
        long start = System.nanoTime();
        super.validateInvalidComponents();
        if (waiting != null) {
            layoutNanos += System.nanoTime() - start;
        }
    }

    @Override
    public void paintDirtyRegions() {
        long start = System.nanoTime();
        super.paintDirtyRegions();
        if (waiting != null) {
            Toolkit.getDefaultToolkit().sync();
            paintedAt = System.nanoTime();
            paintNanos = paintedAt - start;
            paintedShare = dirty == null ? 0 : 100 * dirty.getWidth() * dirty.getHeight() / windowArea;
            waiting.countDown();
            waiting = null;
        }
    }

    /** Waits for the paint a latch from {@link #expectPaint} stands for; its time in {@link System#nanoTime}. */
    long awaitPaint(CountDownLatch latch) throws InterruptedException {
        if (!latch.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("nothing was painted within 10 s of a tap");
        }
        return paintedAt;
    }

    /** Of the last awaited paint: milliseconds spent validating layouts before it. */
    double layoutMillis() {
        return layoutNanos / 1e6;
    }

    /** Of the last awaited paint: the share of the window's area it painted again, in percent (see {@link #addDirtyRegion}). */
    double paintedPercent() {
        return paintedShare;
    }

    /** Of the last awaited paint: milliseconds spent painting and flushing to the display. */
    double paintMillis() {
        return paintNanos / 1e6;
    }
}
