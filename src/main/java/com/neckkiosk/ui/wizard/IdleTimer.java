package com.neckkiosk.ui.wizard;

import java.util.function.LongSupplier;
import javax.swing.Timer;

/**
 * Notices when nobody has touched the kiosk for a while. After {@code idle} without a touch
 * it warns, once per second of the countdown; a touch cancels the warning; after a further
 * {@code warning} it expires. The clock is a parameter, so tests can drive {@link #tick()}
 * themselves; {@link #start()} ticks it from a Swing timer on the EDT.
 */
final class IdleTimer {

    interface Listener {
        /** The countdown shows {@code secondsLeft}; called again each time the number changes. */
        void idleWarning(int secondsLeft);

        /** Someone touched the screen during the countdown. */
        void idleCancelled();

        /** The countdown reached zero: wipe the visit. */
        void idleExpired();
    }

    private static final int TICK_MILLIS = 200;

    private final long idleMillis;
    private final long warningMillis;
    private final LongSupplier clockMillis;
    private final Listener listener;
    private final Timer ticker;

    private boolean armed;
    private long lastTouch;
    private int secondsShown = -1;

    IdleTimer(long idleMillis, long warningMillis, LongSupplier clockMillis, Listener listener) {
        this.idleMillis = idleMillis;
        this.warningMillis = warningMillis;
        this.clockMillis = clockMillis;
        this.listener = listener;
        this.ticker = new Timer(TICK_MILLIS, e -> tick());
    }

    /** Starts ticking from a Swing timer; without it, {@link #tick()} must be called by hand. */
    void start() {
        ticker.start();
    }

    void stop() {
        ticker.stop();
    }

    /** Watches from now on (a visit has begun). */
    void arm() {
        armed = true;
        lastTouch = clockMillis.getAsLong();
        secondsShown = -1;
    }

    /** Stops watching (the attract screen needs no timeout); cancels a warning shown. */
    void disarm() {
        boolean wasWarning = warning();
        armed = false;
        secondsShown = -1;
        if (wasWarning) {
            listener.idleCancelled();
        }
    }

    /** Any touch: the countdown starts again from the beginning. */
    void touch() {
        lastTouch = clockMillis.getAsLong();
        if (warning()) {
            secondsShown = -1;
            listener.idleCancelled();
        }
    }

    boolean armed() {
        return armed;
    }

    boolean warning() {
        return armed && secondsShown >= 0;
    }

    void tick() {
        if (!armed) {
            return;
        }
        long quiet = clockMillis.getAsLong() - lastTouch;
        if (quiet < idleMillis) {
            return;
        }
        long left = idleMillis + warningMillis - quiet;
        if (left <= 0) {
            armed = false;
            secondsShown = -1;
            listener.idleExpired();
            return;
        }
        int seconds = (int) ((left + 999) / 1000);
        if (seconds != secondsShown) {
            secondsShown = seconds;
            listener.idleWarning(seconds);
        }
    }
}
