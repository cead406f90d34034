package com.neckkiosk.bench;

import java.awt.Toolkit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.RepaintManager;

/**
 * Swing's repaint manager, timing the first paint after a tap. Swing paints everything a tap
 * dirtied (after validating the new layout) in one {@code paintDirtyRegions} pass on the EDT,
 * including the copy of the back buffer to the window; {@code Toolkit.sync} then flushes it to
 * the X server. The time after that is when the new screen is on the display.
 */
final class PaintClock extends RepaintManager {

    private CountDownLatch waiting;
    private volatile long paintedAt;

    /** Call on the EDT just before the tap; the next paint pass after it counts down the latch. */
    CountDownLatch expectPaint() {
        waiting = new CountDownLatch(1);
        return waiting;
    }

    @Override
    public void paintDirtyRegions() {
        super.paintDirtyRegions();
        if (waiting != null) {
            Toolkit.getDefaultToolkit().sync();
            paintedAt = System.nanoTime();
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
}
