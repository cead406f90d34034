package com.neckkiosk.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sound's schedule, on a clock the test moves by hand. */
class ChimeScheduleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-14T09:00:00Z"));
    private final ChimeSchedule chime = new ChimeSchedule(Duration.ofSeconds(30));

    private boolean poll(String... open) {
        return chime.shouldSound(Set.of(open), clock.instant());
    }

    @Test
    void silentWhileNothingIsOpen() {
        assertThat(poll()).isFalse();
        clock.advance(Duration.ofMinutes(5));
        assertThat(poll()).isFalse();
        assertThat(chime.anyOpen()).isFalse();
    }

    @Test
    void aNewAlertSoundsAtOnceThenEveryIntervalUntilAcknowledged() {
        assertThat(poll("a")).isTrue();
        clock.advance(Duration.ofMillis(250));
        assertThat(poll("a")).isFalse();
        clock.advance(Duration.ofSeconds(29));
        assertThat(poll("a")).isFalse();
        clock.advance(Duration.ofMillis(750));
        assertThat(poll("a")).as("30 s after the first sound").isTrue();
        clock.advance(Duration.ofSeconds(30));
        assertThat(poll("a")).isTrue();
        assertThat(chime.anyOpen()).isTrue();

        clock.advance(Duration.ofSeconds(30));
        assertThat(poll()).as("acknowledged").isFalse();
        assertThat(chime.anyOpen()).isFalse();
    }

    @Test
    void aSecondAlertSoundsAtOnceAndRestartsTheInterval() {
        assertThat(poll("a")).isTrue();
        clock.advance(Duration.ofSeconds(10));
        assertThat(poll("a", "b")).isTrue();
        clock.advance(Duration.ofSeconds(25));
        assertThat(poll("a", "b")).isFalse();
        clock.advance(Duration.ofSeconds(5));
        assertThat(poll("a", "b")).isTrue();
    }

    @Test
    void oneAcknowledgedOfTwoKeepsRepeatingForTheOther() {
        poll("a", "b");
        clock.advance(Duration.ofSeconds(5));
        assertThat(poll("b")).isFalse();
        clock.advance(Duration.ofSeconds(25));
        assertThat(poll("b")).isTrue();
    }

    @Test
    void anAlertSeenBeforeARestartOfTheListIsNotNewAgain() {
        poll("a");
        clock.advance(Duration.ofSeconds(1));
        assertThat(poll()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(poll("c")).as("a new one after all were acknowledged").isTrue();
    }

    @Test
    void theIntervalMustBePositive() {
        assertThatThrownBy(() -> new ChimeSchedule(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
