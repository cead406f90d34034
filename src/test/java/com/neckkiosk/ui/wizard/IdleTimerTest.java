package com.neckkiosk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The idle logic on a clock the test moves; no Swing timer runs. */
class IdleTimerTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final List<String> events = new ArrayList<>();
    private final IdleTimer timer = new IdleTimer(90_000, 20_000, now::get, new IdleTimer.Listener() {
        @Override
        public void idleWarning(int secondsLeft) {
            events.add("warn " + secondsLeft);
        }

        @Override
        public void idleCancelled() {
            events.add("cancel");
        }

        @Override
        public void idleExpired() {
            events.add("expired");
        }
    });

    private void after(long millis) {
        now.addAndGet(millis);
        timer.tick();
    }

    @Test
    void quietUntilTheTimeoutThenCountsDownOncePerSecondAndExpires() {
        timer.arm();
        after(89_999);
        assertThat(events).isEmpty();
        after(1);
        assertThat(events).containsExactly("warn 20");
        after(200);
        assertThat(events).containsExactly("warn 20");
        after(800);
        assertThat(events).containsExactly("warn 20", "warn 19");
        after(18_999);
        assertThat(events).endsWith("warn 1");
        after(1);
        assertThat(events).endsWith("expired");
        assertThat(timer.armed()).isFalse();
        after(100_000);
        assertThat(events).filteredOn("expired"::equals).hasSize(1);
    }

    @Test
    void aTouchDuringTheCountdownCancelsItAndStartsAgain() {
        timer.arm();
        after(95_000);
        assertThat(timer.warning()).isTrue();
        timer.touch();
        assertThat(events).containsExactly("warn 15", "cancel");
        after(89_000);
        assertThat(events).containsExactly("warn 15", "cancel");
        after(1_000);
        assertThat(events).endsWith("warn 20");
    }

    @Test
    void touchesKeepItQuietAndDisarmedItNeverFires() {
        timer.arm();
        for (int i = 0; i < 10; i++) {
            after(60_000);
            timer.touch();
        }
        assertThat(events).isEmpty();
        timer.disarm();
        after(1_000_000);
        assertThat(events).isEmpty();
    }
}
