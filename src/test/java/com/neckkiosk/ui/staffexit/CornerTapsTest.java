package com.neckkiosk.ui.staffexit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CornerTapsTest {

    private final CornerTaps corner = new CornerTaps();

    private boolean tapsAt(long... millis) {
        boolean opened = false;
        for (long at : millis) {
            opened = corner.tap(10, 10, false, at);
        }
        return opened;
    }

    @Test
    void fiveTapsWithinThreeSecondsOpen() {
        assertThat(tapsAt(0, 700, 1400, 2100, 2800)).isTrue();
        assertThat(corner.counted()).isZero();
    }

    @Test
    void theFifthTapExactlyThreeSecondsAfterTheFirstStillCounts() {
        assertThat(tapsAt(0, 1, 2, 3, 3_000)).isTrue();
    }

    @Test
    void fourTapsDoNotOpen() {
        assertThat(tapsAt(0, 100, 200, 300)).isFalse();
        assertThat(corner.counted()).isEqualTo(4);
    }

    @Test
    void slowTapsNeverAddUp() {
        assertThat(tapsAt(0, 800, 1600, 2400, 3200, 4000, 4800, 5600)).isFalse();
    }

    @Test
    void aTapElsewhereStartsAgain() {
        tapsAt(0, 100, 200, 300);
        assertThat(corner.tap(500, 500, false, 400)).isFalse();
        assertThat(tapsAt(500, 600, 700, 800)).isFalse();
        assertThat(tapsAt(900)).isTrue();
    }

    @Test
    void theRegionIsTheTopLeftSquareOnly() {
        for (int[] outside : new int[][] {{120, 0}, {0, 120}, {-1, 5}, {5, -1}, {1900, 10}}) {
            tapsAt(0, 1, 2, 3);
            assertThat(corner.tap(outside[0], outside[1], false, 4)).as("%d,%d", outside[0], outside[1]).isFalse();
            assertThat(corner.counted()).isZero();
        }
        for (int i = 0; i < 4; i++) {
            corner.tap(119, 119, false, i);
        }
        assertThat(corner.tap(0, 0, false, 5)).isTrue();
    }

    @Test
    void tapsOnAControlInTheCornerDoNotCount() {
        tapsAt(0, 1, 2, 3);
        assertThat(corner.tap(60, 60, true, 4)).isFalse();
        assertThat(corner.counted()).isZero();
    }
}
