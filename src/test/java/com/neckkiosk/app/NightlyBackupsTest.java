package com.neckkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.store.Backups;
import com.neckkiosk.store.KioskStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running kiosk's own backups, on a real H2 file: one a night, none while the store is still opening. */
class NightlyBackupsTest {

    private static final ZoneId CLINIC = ZoneId.of("America/Chicago");

    @TempDir
    Path dataDir;

    private static Clock at(String localTime) {
        return Clock.fixed(Instant.parse("2026-03-14T00:00:00Z").atZone(CLINIC).toLocalDate()
                .atTime(java.time.LocalTime.parse(localTime)).atZone(CLINIC).toInstant(), CLINIC);
    }

    @Test
    void oneBackupANight() {
        Path folder = Backups.folderOf(dataDir);
        NightlyBackups.takeIfDue(null, folder, at("02:00"));
        assertThat(Backups.list(folder)).as("nothing while the store is opening").isEmpty();
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(dataDir))) {
            store.nextVisitCode("K1", LocalDate.of(2026, 3, 14));
            NightlyBackups.takeIfDue(store, folder, at("02:00"));
            NightlyBackups.takeIfDue(store, folder, at("02:15"));
            NightlyBackups.takeIfDue(store, folder, at("14:00"));
            assertThat(Backups.list(folder)).hasSize(1);
            NightlyBackups.takeIfDue(store, folder, Clock.offset(at("02:00"), java.time.Duration.ofDays(1)));
            assertThat(Backups.list(folder)).hasSize(2);
        }
    }

    @Test
    void theFileCommitsAreAppendedToIsCompactedBeforeTheBackup() throws Exception {
        Path folder = Backups.folderOf(dataDir);
        Path file = dataDir.resolve("kiosk.mv.db");
        LocalDate day = LocalDate.of(2026, 3, 14);
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(dataDir))) {
            String code = "";
            while (Files.size(file) < 6 << 20) {
                code = store.nextVisitCode("K1", day);
            }
            long grown = Files.size(file);
            NightlyBackups.takeIfDue(store, folder, at("02:00"));
            assertThat(Files.size(file)).as("file size after the night, grown to %d", grown).isLessThan(grown / 4);
            assertThat(Backups.list(folder)).hasSize(1);
            // the store goes on where it was
            assertThat(store.nextVisitCode("K1", day)).isEqualTo("K1-" + (Integer.parseInt(code.substring(3)) + 1));
        }
    }
}
