package com.neckkiosk.bench;

import java.awt.Toolkit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.RepaintManager;

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

    /** Call on the EDT just before the tap; the next paint pass after it counts down the latch. */
    CountDownLatch expectPaint() {
        waiting = new CountDownLatch(1);
        layoutNanos = 0;
        paintNanos = 0;
        return waiting;
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

    /** Of the last awaited paint: milliseconds spent painting and flushing to the display. */
    double paintMillis() {
        return paintNanos / 1e6;
    }
}
