package com.neckkiosk.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PinGateTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-14T09:00:00Z"));
    private final PinGate gate = new PinGate(pin -> new String(pin).equals("4711"), clock);

    @Test
    void theRightPinOpensAndClearsTheTypedDigits() {
        char[] typed = "4711".toCharArray();
        assertThat(gate.attempt(typed)).isEqualTo(new PinGate.Accepted());
        assertThat(typed).containsOnly('\0');
    }

    @Test
    void eachWrongPinSaysHowManyTriesAreLeft() {
        assertThat(gate.attempt("1111".toCharArray())).isEqualTo(new PinGate.Wrong(4));
        assertThat(gate.attempt("2222".toCharArray())).isEqualTo(new PinGate.Wrong(3));
    }

    @Test
    void fiveWrongPinsLockForFiveMinutesEvenAgainstTheRightOne() {
        for (int i = 0; i < 4; i++) {
            gate.attempt("0000".toCharArray());
        }
        Instant until = clock.instant().plus(Duration.ofMinutes(5));
        assertThat(gate.attempt("0000".toCharArray())).isEqualTo(new PinGate.Locked(until));
        assertThat(gate.lockedUntil()).isEqualTo(until);

        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(gate.attempt("4711".toCharArray())).isEqualTo(new PinGate.Locked(until));

        clock.advance(Duration.ofSeconds(1));
        assertThat(gate.lockedUntil()).isNull();
        assertThat(gate.attempt("4711".toCharArray())).isEqualTo(new PinGate.Accepted());
    }

    @Test
    void afterALockoutTheCountStartsAgain() {
        for (int i = 0; i < 5; i++) {
            gate.attempt("0000".toCharArray());
        }
        clock.advance(PinGate.LOCKOUT);
        assertThat(gate.attempt("0000".toCharArray())).isEqualTo(new PinGate.Wrong(4));
    }

    @Test
    void aRightPinResetsTheCount() {
        gate.attempt("0000".toCharArray());
        gate.attempt("0000".toCharArray());
        gate.attempt("4711".toCharArray());
        assertThat(gate.attempt("0000".toCharArray())).isEqualTo(new PinGate.Wrong(4));
    }
}
