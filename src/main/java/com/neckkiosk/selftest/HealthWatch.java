package com.neckkiosk.selftest;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The self-test at start, then the database check again and again on a daemon thread: a kiosk
 * that cannot keep answers goes out of order at once, and back into service by itself as soon
 * as its database takes writes again (a disk remounted, a server back on the network). The
 * listener hears every report, on the watch's thread.
 */
public final class HealthWatch implements AutoCloseable {

    /** How often the database is checked again after the start. */
    public static final Duration RECHECK = Duration.ofSeconds(30);

    private final Supplier<List<CheckResult>> wholeTest;
    private final Supplier<CheckResult> databaseCheck;
    private final Clock clock;
    private final Consumer<HealthReport> listener;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread watch = new Thread(runnable, "self-test");
        watch.setDaemon(true);
        return watch;
    });
    private HealthReport last;

    /**
     * @param wholeTest     every check, run once at the start (it may wait for the store to open)
     * @param databaseCheck the database check alone, run again every {@code RECHECK}
     */
    public HealthWatch(Supplier<List<CheckResult>> wholeTest, Supplier<CheckResult> databaseCheck, Clock clock,
                       Consumer<HealthReport> listener) {
        this.wholeTest = Objects.requireNonNull(wholeTest, "wholeTest");
        this.databaseCheck = Objects.requireNonNull(databaseCheck, "databaseCheck");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Runs the whole test now, then the database check every {@code every}. */
    public HealthWatch start(Duration every) {
        thread.execute(this::testAll);
        thread.scheduleWithFixedDelay(this::recheck, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void testAll() {
        report(new HealthReport(guarded(wholeTest), clock.instant()));
    }

    private void recheck() {
        CheckResult database;
        try {
            database = databaseCheck.get();
        } catch (RuntimeException e) {
            database = CheckResult.failed(SelfTest.DATABASE, "the check itself failed: " + e);
        }
        HealthReport base = last != null ? last : new HealthReport(List.of(), clock.instant());
        report(base.withDatabase(database, clock.instant()));
    }

    /** A test that throws counts as a failed database check: when unsure, the kiosk keeps no answers. */
    private static List<CheckResult> guarded(Supplier<List<CheckResult>> test) {
        try {
            return test.get();
        } catch (RuntimeException e) {
            return List.of(CheckResult.failed(SelfTest.DATABASE, "the self-test itself failed: " + e));
        }
    }

    private void report(HealthReport report) {
        last = report;
        try {
            listener.accept(report);
        } catch (RuntimeException e) {
            // the watch keeps going; the listener's fault is for the log
            System.err.println("self-test: the kiosk could not take the report: " + e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
