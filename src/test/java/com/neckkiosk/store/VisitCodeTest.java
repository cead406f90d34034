package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.DatabaseSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisitCodeTest {

    private static final LocalDate DAY = Samples.DAY;

    @TempDir
    Path dataDir;

    @Test
    void codesCountPerKioskPerDayAndSurviveReopen() {
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(dataDir))) {
            assertThat(store.nextVisitCode("K7", DAY)).isEqualTo("K7-1");
            assertThat(store.nextVisitCode("K7", DAY)).isEqualTo("K7-2");
            assertThat(store.nextVisitCode("K8", DAY)).isEqualTo("K8-1");
            assertThat(store.nextVisitCode("K7", DAY.plusDays(1))).isEqualTo("K7-1");
        }
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(dataDir))) {
            assertThat(store.nextVisitCode("K7", DAY)).isEqualTo("K7-3");
            assertThat(store.nextVisitCode("K7", DAY.plusDays(1))).isEqualTo("K7-2");
        }
    }

    @Test
    void twoThreadsNeverGetTheSameCode() throws Exception {
        int perThread = 40;
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(dataDir))) {
            List<String> codes = inTwoThreads(() -> store.nextVisitCode("K7", DAY), perThread);
            assertThat(codes).doesNotHaveDuplicates().hasSize(2 * perThread);
            assertThat(store.nextVisitCode("K7", DAY)).isEqualTo("K7-" + (2 * perThread + 1));
        }
    }

    /** Runs {@code call} {@code times} times in each of two threads at once. */
    static List<String> inTwoThreads(Callable<String> call, int times) throws Exception {
        return inTwoThreads(call, call, times);
    }

    /** Runs {@code first} in one thread and {@code second} in another, {@code times} times each, at once. */
    static List<String> inTwoThreads(Callable<String> first, Callable<String> second, int times) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (Callable<String> call : List.of(first, second)) {
                results.add(threads.submit(() -> {
                    List<String> codes = new ArrayList<>();
                    for (int i = 0; i < times; i++) {
                        codes.add(call.call());
                    }
                    return codes;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> result : results) {
                all.addAll(result.get());
            }
            return all;
        } finally {
            threads.shutdownNow();
        }
    }
}
