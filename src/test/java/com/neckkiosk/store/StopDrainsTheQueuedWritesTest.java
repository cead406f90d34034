package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.DatabaseSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop (systemd's SIGTERM) while visits wait to be written: the kiosk's shutdown hook drains
 * the writer before it closes the store, and H2 must not close the database under it from a
 * hook of its own (DB_CLOSE_ON_EXIT=FALSE). Every visit queued before the stop is stored.
 */
class StopDrainsTheQueuedWritesTest {

    private static final int QUEUED = 60;

    @TempDir
    Path dataDir;

    @Test
    void everyVisitQueuedBeforeTheStopIsStored() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                QueuesUntilStopped.class.getName(), dataDir.toString(), String.valueOf(QUEUED))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> queued = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            while (queued.size() < QUEUED) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                if (line.startsWith("queued ")) {
                    queued.add(line.substring("queued ".length()));
                }
            }
            child.destroy(); // SIGTERM: the shutdown hooks run, with most of the visits still waiting
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child stopped").isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(queued).hasSize(QUEUED);
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(dataDir))) {
            List<String> missing = queued.stream().filter(id -> store.findVisit(id).isEmpty()).toList();
            assertThat(missing).as("queued before the stop, then not stored").isEmpty();
        }
    }
}
