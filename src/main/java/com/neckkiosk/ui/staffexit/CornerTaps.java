package com.neckkiosk.ui.staffexit;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The hidden staff gesture: {@link #TAPS} taps in the window's top-left {@link #REGION} px
 * square within {@link #WINDOW_MILLIS}. A tap anywhere else, or on a control in the corner,
 * starts the count again; taps slower than that never add up. Plain Java, so every boundary
 * is a unit test.
 */
public final class CornerTaps {

    public static final int REGION = 120;
    public static final int TAPS = 5;
    public static final long WINDOW_MILLIS = 3_000;

    private final Deque<Long> recent = new ArrayDeque<>();

    /**
     * One press. {@code onControl}: it landed on a button, which a patient may well tap
     * quickly, so it never counts.
     *
     * @return true when this tap completes the gesture (the count starts again)
     */
    public boolean tap(int x, int y, boolean onControl, long millis) {
        if (onControl || x < 0 || y < 0 || x >= REGION || y >= REGION) {
            recent.clear();
            return false;
        }
        while (!recent.isEmpty() && millis - recent.peekFirst() > WINDOW_MILLIS) {
            recent.removeFirst();
        }
        recent.addLast(millis);
        if (recent.size() >= TAPS) {
            recent.clear();
            return true;
        }
        return false;
    }

    /** Taps counted so far. */
    public int counted() {
        return recent.size();
    }
}
