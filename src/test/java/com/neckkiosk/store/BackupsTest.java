package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.neckkiosk.config.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nightly backups of a real H2 file: taken while the kiosk writes, with it stopped, kept 14, restored. */
class BackupsTest {

    private static final Instant NIGHT = Instant.parse("2026-03-14T02:30:00Z");

    @TempDir
    Path dataDir;

    private KioskStore open() {
        return KioskStore.open(DatabaseSettings.embedded(dataDir));
    }

    private Path folder() {
        return Backups.folderOf(dataDir);
    }

    @Test
    void aBackupTakenWhileVisitsAreBeingSavedRestoresToAConsistentDatabase() throws Exception {
        Path backup;
        AtomicInteger saved = new AtomicInteger();
        try (KioskStore store = open()) {
            store.save(Samples.visit("before"));
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 200; i++) {
                    VisitRecord visit = Samples.visit("during-" + i);
                    store.saveWithAlert(visit, Samples.alert("alert-" + i, visit, NIGHT));
                    saved.incrementAndGet();
                }
            });
            backup = Backups.take(store, folder(), NIGHT);
            writer.join();
            store.save(Samples.visit("after"));
        }
        assertThat(backup.getFileName().toString()).isEqualTo("kiosk-20260314-023000.zip");
        assertThat(Files.getPosixFilePermissions(backup)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(folder())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.list(folder()).map(p -> p.getFileName().toString()).toList())
                .as("no partial files left behind").containsExactly(backup.getFileName().toString());

        Backups.restore(backup, dataDir);

        try (KioskStore store = open()) {
            assertThat(store.findVisit("before")).isPresent();
            assertThat(store.findVisit("after")).isEmpty();
            // every visit in the copy came with its alert: the copy is one moment of the database
            List<String> visits = TestDatabases.rows(dataDir, "SELECT id FROM visit WHERE id LIKE 'during-%'");
            List<String> alerts = TestDatabases.rows(dataDir, "SELECT visit_id FROM alert");
            assertThat(alerts).containsExactlyInAnyOrderElementsOf(visits);
        }
        assertThat(dataDir.resolve("kiosk.mv.db.before-restore")).exists();
        assertThat(saved.get()).isEqualTo(200);
    }

    @Test
    void aServedDatabaseIsBackedUpWithTheKeyThatOpensIt() throws Exception {
        try (KioskStore store = KioskStore.open(TestDatabases.server(dataDir, 19351, "a-long-clinic-password"))) {
            store.save(Samples.visit("v-1"));
            Path backup = Backups.take(store, folder(), NIGHT);
            try (ZipFile zip = new ZipFile(backup.toFile())) {
                assertThat(zip.stream().map(e -> e.getName()).toList()).containsExactlyInAnyOrder("kiosk.mv.db", "kiosk-owner.key");
            }
        }
        String key = Files.readString(dataDir.resolve("kiosk-owner.key"));
        Files.delete(dataDir.resolve("kiosk-owner.key"));
        Files.delete(dataDir.resolve("kiosk.mv.db"));

        Backups.restore(Backups.list(folder()).get(0), dataDir);

        assertThat(Files.readString(dataDir.resolve("kiosk-owner.key"))).isEqualTo(key);
        try (KioskStore store = KioskStore.open(TestDatabases.server(dataDir, 19352, "a-long-clinic-password"))) {
            assertThat(store.findVisit("v-1")).isPresent();
        }
    }

    @Test
    void withTheKioskStoppedTheBackupOpensTheFileItself() throws Exception {
        try (KioskStore store = open()) {
            store.save(Samples.visit("v-1"));
        }
        Path backup = Backups.takeStopped(dataDir, folder(), NIGHT);
        Files.delete(dataDir.resolve("kiosk.mv.db"));
        Backups.restore(backup, dataDir);
        try (KioskStore store = open()) {
            assertThat(store.findVisit("v-1")).isPresent();
        }
    }

    @Test
    void whileTheKioskHoldsTheFileABackupByHandSaysToStopItFirst() throws Exception {
        try (KioskStore store = open()) {
            store.save(Samples.visit("v-1"));
            Path backup = Backups.take(store, folder(), NIGHT);
            // another process stands for the second program: H2 refuses a second opener in the same JVM differently
            Process other = HoldsDatabaseOpenElsewhere.backupByHand(dataDir);
            assertThat(other.waitFor()).isEqualTo(1);
            assertThat(new String(other.getInputStream().readAllBytes()))
                    .contains("the running kiosk holds the database", "stop it first");
            assertThatThrownBy(() -> Backups.restore(backup, dataDir))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("the database is in use (stop the kiosk first");
        }
    }

    @Test
    void theNewestFourteenAreKept() throws Exception {
        try (KioskStore store = open()) {
            store.save(Samples.visit("v-1"));
            for (int night = 0; night < 16; night++) {
                Backups.take(store, folder(), NIGHT.plusSeconds(86_400L * night));
            }
        }
        List<Path> kept = Backups.list(folder());
        assertThat(kept).hasSize(14);
        assertThat(kept.get(0).getFileName().toString()).isEqualTo("kiosk-20260316-023000.zip");
        assertThat(Backups.newest(folder())).contains(NIGHT.plusSeconds(86_400L * 15));
    }

    @Test
    void aFileThatIsNoBackupIsRefusedAndTheDatabaseStaysAsItWas() throws Exception {
        try (KioskStore store = open()) {
            store.save(Samples.visit("v-1"));
        }
        Path notABackup = Files.writeString(dataDir.resolve("notes.zip"), "hello");
        assertThatThrownBy(() -> Backups.restore(notABackup, dataDir))
                .hasMessageContaining("notes.zip").hasMessageContaining("holds no kiosk.mv.db");
        assertThatThrownBy(() -> Backups.takeStopped(dataDir.resolve("empty"), folder(), NIGHT))
                .hasMessageContaining("there is no database file");
        try (KioskStore store = open()) {
            assertThat(store.findVisit("v-1")).isPresent();
        }
    }

    @Test
    void backupsAreDueAtNightOrWhenOverADayOld() {
        ZoneId zone = ZoneId.of("Europe/Madrid");
        ZonedDateTime twoAm = ZonedDateTime.of(2026, 3, 14, 2, 0, 0, 0, zone);
        ZonedDateTime noon = twoAm.withHour(12);
        assertThat(Backups.due(Optional.empty(), noon)).isTrue();
        assertThat(Backups.due(Optional.of(twoAm.minusHours(20).toInstant()), twoAm)).isTrue();
        assertThat(Backups.due(Optional.of(twoAm.minusHours(19).toInstant()), twoAm)).isFalse();
        assertThat(Backups.due(Optional.of(noon.minusHours(25).toInstant()), noon)).isFalse();
        assertThat(Backups.due(Optional.of(noon.minusHours(26).toInstant()), noon)).isTrue();
        assertThat(Backups.due(Optional.of(twoAm.withHour(5).minusHours(21).toInstant()), twoAm.withHour(5))).isFalse();
        assertThat(Backups.due(Optional.of(twoAm.withHour(1).minusHours(21).toInstant()), twoAm.withHour(1))).isTrue();
    }
}
