package com.neckkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.ConfigLoader;
import com.neckkiosk.store.KioskStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} and {@code restore} on a real H2 file, through the verbs an IT person types. */
class BackupCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path config;

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void writeConfig(String extra) throws IOException {
        String shipped = Files.readString(Path.of("kiosk-config/kiosk.properties"));
        Files.writeString(config.resolve("kiosk.properties"), shipped.replace("db.mode = embedded\n", extra).replace("db.password =\n", ""));
    }

    @Test
    void backUpThenRestoreByHand() throws Exception {
        writeConfig("db.mode = embedded\n");
        try (KioskStore store = KioskStore.open(ConfigLoader.load(config).database())) {
            store.nextVisitCode("K1", java.time.LocalDate.of(2026, 3, 14));
        }
        assertThat(run("backup", "--config", config.toString())).as(err.toString()).isZero();
        Path zip = Path.of(out.toString().strip().replace("backup written: ", ""));
        assertThat(zip).exists().hasParent(config.resolve("data/backups"));

        Files.delete(config.resolve("data/kiosk.mv.db"));
        assertThat(run("restore", zip.toString(), "--config", config.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("restored " + zip);
        try (KioskStore store = KioskStore.open(ConfigLoader.load(config).database())) {
            assertThat(store.nextVisitCode("K1", java.time.LocalDate.of(2026, 3, 14))).isEqualTo("K1-2");
        }
    }

    @Test
    void badUse() throws Exception {
        writeConfig("db.mode = client\ndb.password = a-long-clinic-password\n");
        assertThat(run("backup", "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("db.mode = client", "back up and restore on that kiosk");
        assertThat(run("backup", "now")).isEqualTo(2);
        assertThat(err.toString()).startsWith("backup: unexpected 'now'; usage: backup [--to DIR]");
        assertThat(run("restore")).isEqualTo(2);
        writeConfig("db.mode = embedded\n");
        assertThat(run("backup", "--config", config.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("there is no database file");
    }
}
