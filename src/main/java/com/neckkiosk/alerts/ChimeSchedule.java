package com.neckkiosk.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * When the console sounds: at once for an alert it has not seen before, then every
 * {@code repeat} while any alert is still open, and never when none is. The caller asks
 * on every poll and timer tick with the open alerts' ids and the time; nothing here keeps
 * its own clock, so tests control time completely.
 */
public final class ChimeSchedule {

    private final Duration repeat;
    private final Set<String> seen = new HashSet<>();
    private Instant lastSound;

    public ChimeSchedule(Duration repeat) {
        if (repeat.isNegative() || repeat.isZero()) {
            throw new IllegalArgumentException("the repeat interval must be positive, not " + repeat);
        }
        this.repeat = repeat;
    }

    /**
     * @param openIds the ids of every alert not yet acknowledged
     * @return whether to sound now
     */
    public synchronized boolean shouldSound(Set<String> openIds, Instant now) {
        Objects.requireNonNull(now, "now");
        boolean somethingNew = !seen.containsAll(openIds);
        seen.retainAll(openIds);
        seen.addAll(openIds);
        if (openIds.isEmpty()) {
            lastSound = null;
            return false;
        }
        if (somethingNew || lastSound == null || !now.isBefore(lastSound.plus(repeat))) {
            lastSound = now;
            return true;
        }
        return false;
    }

    /** Whether some alert is open, so the console keeps flashing. */
    public synchronized boolean anyOpen() {
        return !seen.isEmpty();
    }
}
