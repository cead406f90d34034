package com.neckkiosk.alerts;

import java.time.Duration;
import java.time.Instant;

/** "waiting 2 min": how long a patient has been waiting since the alert, in whole minutes. */
public final class Waiting {

    private Waiting() {
    }

    /** {@code just now} under a minute, {@code waiting 7 min}, {@code waiting 1 h 05 min}. */
    public static String text(Instant raisedAt, Instant now) {
        long minutes = Math.max(0, Duration.between(raisedAt, now).toMinutes());
        if (minutes < 1) {
            return "waiting under 1 min";
        }
        if (minutes < 60) {
            return "waiting " + minutes + " min";
        }
        return String.format("waiting %d h %02d min", minutes / 60, minutes % 60);
    }
}
