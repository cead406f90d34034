package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StoreWriterTest {

    /** Records what it was asked to do, and on which thread; can be told to fail or wait. */
    private static final class RecordingLog implements VisitLog {
        final List<String> calls = new CopyOnWriteArrayList<>();
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean waitForRelease;
        volatile RuntimeException failure;

        @Override
        public void save(VisitRecord visit) {
            act("save " + visit.id());
        }

        @Override
        public void saveWithAlert(VisitRecord visit, AlertRecord alert) {
            act("saveWithAlert " + visit.id() + " " + alert.id());
        }

        @Override
        public String nextVisitCode(String kioskId, LocalDate day) {
            act("nextVisitCode");
            return kioskId + "-1";
        }

        private void act(String call) {
            try {
                if (waitForRelease) {
                    release.await(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
            calls.add(call + " on " + Thread.currentThread().getName());
        }
    }

    @Test
    void writesRunInOrderOnTheWriterThread() throws Exception {
        RecordingLog log = new RecordingLog();
        VisitRecord visit = Samples.visit("v-1");
        try (StoreWriter writer = new StoreWriter(log)) {
            writer.save(visit);
            writer.saveWithAlert(visit, Samples.alert("a-1", visit, Instant.EPOCH));
            assertThat(writer.nextVisitCode("K7", Samples.DAY).get(5, TimeUnit.SECONDS)).isEqualTo("K7-1");
        }
        assertThat(log.calls).containsExactly("save v-1 on store-writer", "saveWithAlert v-1 a-1 on store-writer",
                "nextVisitCode on store-writer");
    }

    @Test
    void aFailedWriteFailsItsFuture() {
        RecordingLog log = new RecordingLog();
        log.failure = new StoreException("kiosk database /x/kiosk: cannot save the visit: the database is read-only");
        try (StoreWriter writer = new StoreWriter(log)) {
            assertThat(writer.save(Samples.visit("v-1")))
                    .failsWithin(5, TimeUnit.SECONDS)
                    .withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(StoreException.class)
                    .withMessageContaining("read-only");
        }
    }

    @Test
    void closingWaitsForPendingWritesAndThenRefusesNewOnes() {
        RecordingLog log = new RecordingLog();
        log.waitForRelease = true;
        StoreWriter writer = new StoreWriter(log);
        var first = writer.save(Samples.visit("v-1"));
        var second = writer.save(Samples.visit("v-2"));
        log.release.countDown();

        writer.close();

        assertThat(first).isCompleted();
        assertThat(second).isCompleted();
        assertThat(log.calls).hasSize(2);
        assertThat(writer.save(Samples.visit("v-3")))
                .isCompletedExceptionally()
                .failsWithin(0, TimeUnit.SECONDS)
                .withThrowableOfType(ExecutionException.class)
                .withMessageContaining("the store writer is closed; nothing was written");
    }
}
