package com.neckkiosk.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The report's verdict and the watch's rhythm: the whole test once, then the database again and again. */
class HealthWatchTest {

    private static final Instant AT = Instant.parse("2026-11-22T08:00:00Z");
    private static final CheckResult DB_OK = CheckResult.passed(SelfTest.DATABASE, "writable");
    private static final CheckResult DB_FAILED = CheckResult.failed(SelfTest.DATABASE, "read-only file system");
    private static final CheckResult PRINTER_FAILED = CheckResult.failed(SelfTest.PRINTER, "queue disabled");
    private static final CheckResult SPEECH_OK = CheckResult.passed(SelfTest.SPEECH, "runs");

    @Test
    void onlyTheDatabaseDecidesWhetherAnswersCanBeKept() {
        assertThat(new HealthReport(List.of(DB_OK, PRINTER_FAILED), AT).canKeepAnswers()).isTrue();
        assertThat(new HealthReport(List.of(DB_OK, PRINTER_FAILED), AT).allPassed()).isFalse();
        assertThat(new HealthReport(List.of(DB_FAILED, SPEECH_OK), AT).canKeepAnswers()).isFalse();
        assertThat(new HealthReport(List.of(DB_FAILED, PRINTER_FAILED, SPEECH_OK), AT).failures())
                .containsExactly(DB_FAILED, PRINTER_FAILED);
    }

    @Test
    void aNewerDatabaseCheckReplacesTheOldOneInItsPlace() {
        HealthReport start = new HealthReport(List.of(DB_OK, PRINTER_FAILED, SPEECH_OK), AT);
        HealthReport later = start.withDatabase(DB_FAILED, AT.plusSeconds(30));
        assertThat(later.results()).containsExactly(DB_FAILED, PRINTER_FAILED, SPEECH_OK);
        assertThat(later.checkedAt()).isEqualTo(AT.plusSeconds(30));
        assertThat(new HealthReport(List.of(), AT).withDatabase(DB_OK, AT).results()).containsExactly(DB_OK);
        assertThatThrownBy(() -> start.withDatabase(SPEECH_OK, AT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatChangedIsEverythingAtFirstThenOnlyTheVerdictsThatTurned() {
        HealthReport start = new HealthReport(List.of(DB_OK, PRINTER_FAILED), AT);
        assertThat(start.changedSince(null)).containsExactly(DB_OK, PRINTER_FAILED);
        assertThat(start.withDatabase(DB_OK, AT).changedSince(start)).isEmpty();
        assertThat(start.withDatabase(DB_FAILED, AT).changedSince(start)).containsExactly(DB_FAILED);
    }

    @Test
    void theWholeTestRunsOnceThenTheDatabaseCheckAgainAndAgain() throws Exception {
        AtomicInteger wholeRuns = new AtomicInteger();
        List<CheckResult> database = new ArrayList<>(List.of(DB_FAILED, DB_OK));
        BlockingQueue<HealthReport> heard = new LinkedBlockingQueue<>();
        try (HealthWatch watch = new HealthWatch(() -> {
            wholeRuns.incrementAndGet();
            return List.of(DB_OK, PRINTER_FAILED);
        }, () -> database.size() > 1 ? database.remove(0) : database.get(0), Clock.fixed(AT, ZoneOffset.UTC),
                heard::add)) {
            watch.start(Duration.ofMillis(20));
            HealthReport first = heard.poll(10, TimeUnit.SECONDS);
            HealthReport second = heard.poll(10, TimeUnit.SECONDS);
            HealthReport third = heard.poll(10, TimeUnit.SECONDS);
            assertThat(first.results()).containsExactly(DB_OK, PRINTER_FAILED);
            assertThat(second.results()).as("the printer's verdict is kept").containsExactly(DB_FAILED, PRINTER_FAILED);
            assertThat(third.results()).containsExactly(DB_OK, PRINTER_FAILED);
        }
        assertThat(wholeRuns).hasValue(1);
    }

    @Test
    void aCheckThatThrowsCountsAsADatabaseThatCannotKeepAnswers() throws Exception {
        BlockingQueue<HealthReport> heard = new LinkedBlockingQueue<>();
        try (HealthWatch watch = new HealthWatch(() -> {
            throw new IllegalStateException("lpstat vanished");
        }, () -> {
            throw new IllegalStateException("disk gone");
        }, Clock.fixed(AT, ZoneOffset.UTC), heard::add)) {
            watch.start(Duration.ofMillis(20));
            HealthReport first = heard.poll(10, TimeUnit.SECONDS);
            HealthReport second = heard.poll(10, TimeUnit.SECONDS);
            assertThat(first.canKeepAnswers()).isFalse();
            assertThat(first.failures().get(0).detail()).contains("lpstat vanished");
            assertThat(second.canKeepAnswers()).isFalse();
            assertThat(second.failures().get(0).detail()).contains("disk gone");
        }
    }
}
