package com.neckkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
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

    /** The display is connected beside the settings (StartupWarmUp); failing that is said in one line. */
    @Test
    void unreachableDisplayIsSaidInWords(@TempDir Path dir) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("kiosk.properties"), Files.readString(Path.of("kiosk-config", "kiosk.properties"))
                .replaceAll("(?m)^data\\.dir = .*$", Matcher.quoteReplacement("data.dir = " + dir.resolve("data"))));
        ProcessBuilder kiosk = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "kiosk", "--windowed", "--config", dir.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("err.txt").toFile());
        kiosk.environment().put("DISPLAY", ":4321"); // no X server there
        Process process = kiosk.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("err.txt"))).containsExactly(
                "kiosk: cannot show the kiosk on the display: Can't connect to X11 window server using ':4321' as the"
                        + " value of the DISPLAY variable.");
        assertThat(dir.resolve("data")).doesNotExist();
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
