package com.neckkiosk.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.neckkiosk.store.AlertRecord;
import com.neckkiosk.store.VisitRecord;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertSpoolTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsEveryFieldOwnerOnlyAndOldestFirst() throws Exception {
        AlertSpool spool = new AlertSpool(dataDir);
        VisitRecord later = SpoolSamples.visit("v-2", "K7-S200");
        VisitRecord earlier = SpoolSamples.visit("v-1", "K7-S100");
        AlertRecord laterAlert = SpoolSamples.alert("a-2", later, Instant.parse("2026-03-14T09:05:00.123456Z"));
        AlertRecord earlierAlert = SpoolSamples.alert("a-1", earlier, Instant.parse("2026-03-14T09:01:00Z"));
        spool.put(later, laterAlert);
        spool.put(earlier, earlierAlert);

        assertThat(spool.pending()).containsExactly(new AlertSpool.Entry(earlier, earlierAlert),
                new AlertSpool.Entry(later, laterAlert));
        Path folder = dataDir.resolve("alert-spool");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("a-1.alert"))))
                .isEqualTo("rw-------");
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("a-1.alert", "a-2.alert");
        }

        spool.remove("a-1");
        assertThat(spool.pending()).extracting(e -> e.alert().id()).containsExactly("a-2");
    }

    @Test
    void anEmptySpoolHasNoFolder() {
        assertThat(new AlertSpool(dataDir).pending()).isEmpty();
        assertThat(dataDir.resolve("alert-spool")).doesNotExist();
    }

    @Test
    void aDamagedFileIsReportedByName() throws Exception {
        Files.createDirectories(dataDir.resolve("alert-spool"));
        Files.writeString(dataDir.resolve("alert-spool/x.alert"), "visit.id=v-1\n");
        assertThatThrownBy(() -> new AlertSpool(dataDir).pending())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("x.alert is damaged (no visit.disposition)");
    }

    @Test
    void aDataFolderThatCannotHoldTheSpoolIsReported() throws Exception {
        // a file where the folder should be: fails the same way for root, who may write anywhere
        Path readOnly = Files.writeString(dataDir.resolve("ro"), "");
        VisitRecord visit = SpoolSamples.visit("v-1", "K7-1");
        assertThatThrownBy(() -> new AlertSpool(readOnly).put(visit, SpoolSamples.alert("a-1", visit, Instant.now())))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("alert spool " + readOnly.resolve("alert-spool") + ": cannot keep the alert");
    }
}
