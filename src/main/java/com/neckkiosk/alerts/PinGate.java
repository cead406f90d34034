package com.neckkiosk.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A PIN check that stops guessing: after {@link #MAX_WRONG} wrong PINs in a row it refuses
 * every PIN, right or wrong, for {@link #LOCKOUT}. Not thread-safe; one gate per window.
 */
public final class PinGate {

    public static final int MAX_WRONG = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(5);

    /** What a try came to. */
    public sealed interface Outcome {
    }

    public record Accepted() implements Outcome {
    }

    /** @param triesLeft wrong PINs still allowed before the lockout */
    public record Wrong(int triesLeft) implements Outcome {
    }

    public record Locked(Instant until) implements Outcome {
    }

    private final Predicate<char[]> matches;
    private final Clock clock;
    private int wrongInARow;
    private Instant lockedUntil;

    /** @param matches checks a PIN against the stored hash (slow on purpose: call off the EDT) */
    public PinGate(Predicate<char[]> matches, Clock clock) {
        this.matches = Objects.requireNonNull(matches, "matches");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Checks the PIN unless locked; clears the PIN's characters either way. */
    public synchronized Outcome attempt(char[] pin) {
        try {
            Instant now = clock.instant();
            if (lockedUntil != null && now.isBefore(lockedUntil)) {
                return new Locked(lockedUntil);
            }
            lockedUntil = null;
            if (matches.test(pin)) {
                wrongInARow = 0;
                return new Accepted();
            }
            wrongInARow++;
            if (wrongInARow >= MAX_WRONG) {
                wrongInARow = 0;
                lockedUntil = now.plus(LOCKOUT);
                return new Locked(lockedUntil);
            }
            return new Wrong(MAX_WRONG - wrongInARow);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /** The end of the current lockout, or null when a PIN may be tried. */
    public synchronized Instant lockedUntil() {
        return lockedUntil != null && clock.instant().isBefore(lockedUntil) ? lockedUntil : null;
    }
}
