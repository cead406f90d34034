package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.DatabaseSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kill keeps every byte the process had written (the operating system holds them), so a copy
 * of the files taken right after a commit returned is what a kill at that moment would leave.
 * Opened, the copy must hold that commit: H2 must find it when it recovers. CrashSafetyIT kills
 * real processes at random moments; this checks every single commit, where the moment that lost
 * one (H2 putting a chunk into reused free space) is rare for a random kill to hit.
 *
 * <p>Also: the file, to which commits are appended, is compacted when the store closes or opens
 * and the file is mostly free space, and never under another user of the database.
 */
class CommitSurvivesAKillTest {

    @TempDir
    Path dir;

    private int visits;

    @Test
    void everyCommitIsInTheFilesAKillRightAfterItWouldLeave() throws Exception {
        Path live = dir.resolve("live");
        Path killed = dir.resolve("killed");
        List<String> missing = new ArrayList<>();
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(live))) {
            // free space reusable at once rather than after 45 s: where a reused chunk goes soonest
            TestDatabases.execute(live, "SET RETENTION_TIME 0");
            for (int i = 0; i < 120; i++) {
                VisitRecord visit = nextVisit(store);
                if (i % 3 == 0) {
                    store.saveWithAlert(visit, Samples.alert("a-" + visit.id(), visit, Instant.now()));
                } else {
                    store.save(visit);
                }
                TestDatabases.copyAsAKillLeavesThem(live, killed);
                try (KioskStore reopened = KioskStore.open(DatabaseSettings.embedded(killed))) {
                    if (reopened.findVisit(visit.id()).isEmpty()) {
                        missing.add(visit.id());
                    }
                }
            }
        }
        assertThat(missing).as("visits committed, then missing after a kill right after their commit").isEmpty();
    }

    @Test
    void theFileIsAppendedToAndCompactedWhenTheStoreCloses() throws Exception {
        Path data = dir.resolve("data");
        List<String> saved;
        long grown;
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(data))) {
            try (Connection connection = TestDatabases.connect(data)) {
                assertThat(H2Dialect.reusesSpace(connection)).as("free space reused").isFalse();
            }
            saved = saveUntilTheFileHasGrown(store, data);
            grown = Files.size(H2Dialect.databaseFile(data));
        }
        long closed = Files.size(H2Dialect.databaseFile(data));
        assertThat(closed).as("file size after closing, grown to %d", grown).isLessThan(grown / 2);
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(data))) {
            assertThat(saved).allSatisfy(id -> assertThat(store.findVisit(id)).isPresent());
        }
    }

    @Test
    void aFileLeftLargeByAKillIsCompactedWhenTheStoreOpens() throws Exception {
        Path live = dir.resolve("live");
        Path killed = dir.resolve("killed");
        List<String> saved;
        long grown;
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(live))) {
            saved = saveUntilTheFileHasGrown(store, live);
            TestDatabases.copyAsAKillLeavesThem(live, killed);
            grown = Files.size(H2Dialect.databaseFile(killed));
        }
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(killed))) {
            assertThat(Files.size(H2Dialect.databaseFile(killed))).as("file size once open, left at %d", grown)
                    .isLessThan(grown / 2);
            assertThat(saved).allSatisfy(id -> assertThat(store.findVisit(id)).isPresent());
            try (Connection connection = TestDatabases.connect(killed)) {
                assertThat(H2Dialect.reusesSpace(connection)).as("free space reused after the compaction").isFalse();
            }
            VisitRecord more = nextVisit(store);
            store.save(more);
            assertThat(store.findVisit(more.id())).isPresent();
        }
    }

    @Test
    void aSparseFileIsCompactedWhileTheStoreStaysOpenAndWritesGoOn() throws Exception {
        Path data = dir.resolve("data");
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(data));
             StoreWriter writer = new StoreWriter(store)) {
            List<String> saved = saveUntilTheFileHasGrown(store, data);
            long grown = Files.size(H2Dialect.databaseFile(data));
            List<CompletableFuture<Void>> writes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                VisitRecord visit = nextVisit(store);
                saved.add(visit.id());
                writes.add(writer.save(visit)); // some before the compaction, some waiting for it, some after
            }
            assertThat(store.compactIfSparse()).isTrue();
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            assertThat(Files.size(H2Dialect.databaseFile(data))).as("file size, grown to %d", grown).isLessThan(grown / 2);
            assertThat(saved).allSatisfy(id -> assertThat(store.findVisit(id)).isPresent());
            assertThat(store.compactIfSparse()).as("once compacted, not sparse").isFalse();
            try (Connection connection = TestDatabases.connect(data)) {
                assertThat(H2Dialect.reusesSpace(connection)).as("free space reused after the compaction").isFalse();
            }
        }
    }

    @Test
    void aDatabaseAnotherStoreHasOpenIsNotCompactedUnderIt() throws Exception {
        Path data = dir.resolve("data");
        try (KioskStore first = KioskStore.open(DatabaseSettings.embedded(data))) {
            saveUntilTheFileHasGrown(first, data);
            long grown = Files.size(H2Dialect.databaseFile(data));
            // a second store of the same file in this process opens and closes: both would compact if alone
            try (KioskStore second = KioskStore.open(DatabaseSettings.embedded(data))) {
                assertThat(second.findVisit("v-0")).isPresent();
            }
            assertThat(Files.size(H2Dialect.databaseFile(data))).isGreaterThanOrEqualTo(grown);
            try (KioskStore second = KioskStore.open(DatabaseSettings.embedded(data))) {
                assertThat(first.compactIfSparse()).as("compacted in place under the second").isFalse();
                assertThat(second.findVisit("v-0")).isPresent();
            }
            VisitRecord after = nextVisit(first);
            first.save(after);
            assertThat(first.findVisit(after.id())).isPresent();
        }
        assertThat(Files.size(H2Dialect.databaseFile(data))).as("compacted by the last to close")
                .isLessThan(H2Dialect.COMPACT_FROM_BYTES);
    }

    @Test
    void aBulkLoadReusesFreeSpaceWhileItRunsOnly() throws Exception {
        Path data = dir.resolve("data");
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(data))) {
            List<Boolean> reusedWhileLoading = new ArrayList<>();
            store.insertNewVisits(() -> {
                if (reusedWhileLoading.isEmpty()) {
                    reusedWhileLoading.add(reuses(data));
                }
                return Samples.visit("bulk-" + visits++);
            }, 50, true, 20);
            assertThat(reusedWhileLoading).containsExactly(true);
            assertThat(reuses(data)).as("after the load").isFalse();
        }
    }

    private static boolean reuses(Path data) {
        try (Connection connection = TestDatabases.connect(data)) {
            return H2Dialect.reusesSpace(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Visits saved one commit each until the file is past the size compaction starts at (with room to spare). */
    private List<String> saveUntilTheFileHasGrown(KioskStore store, Path data) throws IOException {
        List<String> saved = new ArrayList<>();
        while (Files.size(H2Dialect.databaseFile(data)) < H2Dialect.COMPACT_FROM_BYTES * 3 / 2) {
            VisitRecord visit = nextVisit(store);
            store.save(visit);
            saved.add(visit.id());
        }
        return saved;
    }

    private VisitRecord nextVisit(KioskStore store) {
        String code = store.nextVisitCode("K7", Samples.NINE_AM.toLocalDate());
        return Samples.withCode(Samples.visit("v-" + visits++), code, Samples.NINE_AM);
    }
}
