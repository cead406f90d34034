package com.neckkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code kiosk} and {@code screenshots} verbs refuse bad input before opening anything. */
class KioskCommandTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void unknownOption() {
        assertThat(run("kiosk", "--fullscreen")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(
                "kiosk: unknown option '--fullscreen'; allowed: --windowed, --exit-after-first-paint\n");
    }

    @Test
    void badConfigStopsStartUpWithOneLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kiosk.properties"), "idle.timeout.seconds = 5\n");
        assertThat(run("kiosk", "--windowed", "--config", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith(dir.resolve("kiosk.properties") + ":1: idle.timeout.seconds")
                .hasLineCount(1);
    }

    @Test
    void missingConfigFolder(@TempDir Path dir) {
        assertThat(run("kiosk", "--config", dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("file not found").hasLineCount(1);
    }

    @Test
    void screenshotsNeedsOneFolder() {
        assertThat(run("screenshots")).isEqualTo(2);
        assertThat(err.toString()).startsWith("screenshots: give one folder");
    }
}
