package com.neckkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.bench.Figure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code bench} verb's arguments and output lines; the benchmarks themselves are stand-ins here. */
class BenchCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Path> configsSeen = new ArrayList<>();
    private final List<List<String>> jvmOptionsSeen = new ArrayList<>();

    private final BenchCommand.Benchmarks fake = new BenchCommand.Benchmarks() {
        @Override
        public List<Figure> startup(Path configDir, List<String> jvmOptions) {
            configsSeen.add(configDir);
            jvmOptionsSeen.add(jvmOptions);
            return List.of(new Figure("startup-median-kiosk", 0.8124, "s"), new Figure("startup-ratio", 1.4567, "x"),
                    new Figure("idle-rss-kiosk", 142.25, "MiB"));
        }

        @Override
        public List<Figure> taps(Path configDir) {
            configsSeen.add(configDir);
            return List.of(new Figure("taps-p99", 12.345, "ms"), new Figure("sessions-rss-growth", 3.21, "%"));
        }

        @Override
        public List<Figure> print(Path configDir) {
            configsSeen.add(configDir);
            return List.of(new Figure("print-median", 0.5, "s"));
        }

        @Override
        public List<Figure> alerts(Path configDir) {
            configsSeen.add(configDir);
            return List.of(new Figure("alerts-p95", 0.3, "s"));
        }

        @Override
        public List<Figure> dashboard(Path configDir) {
            configsSeen.add(configDir);
            return List.of(new Figure("dashboard-cold-12-months", 120, "ms"));
        }
    };

    private int run(String... args) throws Exception {
        return BenchCommand.run(CommandLine.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), fake);
    }

    private static Path clinic(Path dir) throws IOException {
        Files.copy(Path.of("kiosk-config", "kiosk.properties"), dir.resolve("kiosk.properties"));
        return dir;
    }

    @Test
    void unknownNameListsTheAllowedOnesOnOneLine() throws Exception {
        assertThat(run("bench", "paint")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("bench: give one benchmark name: startup, taps, print, alerts, dashboard, all\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void noNameOrTwoNamesAreRefused() throws Exception {
        assertThat(run("bench")).isEqualTo(2);
        assertThat(run("bench", "startup", "taps")).isEqualTo(2);
        assertThat(err.toString()).hasLineCount(2);
    }

    @Test
    void unknownOptionIsRefused() throws Exception {
        assertThat(run("bench", "taps", "--fast")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("bench: unknown option '--fast'; allowed: --jvm=OPTION, --config DIR\n");
    }

    @Test
    void missingConfigIsOneLine(@TempDir Path dir) throws Exception {
        assertThat(run("bench", "all", "--config", dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("file not found").hasLineCount(1);
    }

    @Test
    void startupPrintsOneLinePerFigureOnAThrowAwayCopy(@TempDir Path dir) throws Exception {
        assertThat(run("bench", "startup", "--jvm=-Xshare:auto", "--config", clinic(dir).toString())).isEqualTo(0);
        assertThat(out.toString()).isEqualTo(
                "startup-median-kiosk = 0.812 s\nstartup-ratio = 1.46 x\nidle-rss-kiosk = 142.3 MiB\n");
        assertThat(jvmOptionsSeen).containsExactly(List.of("-Xshare:auto"));
        assertThat(configsSeen).singleElement().isNotEqualTo(dir);
        assertThat(configsSeen.get(0)).doesNotExist(); // deleted afterwards
    }

    @Test
    void allRunsEveryBenchmarkOnTheSameCopy(@TempDir Path dir) throws Exception {
        assertThat(run("bench", "all", "--config", clinic(dir).toString())).isEqualTo(0);
        assertThat(out.toString()).isEqualTo("startup-median-kiosk = 0.812 s\nstartup-ratio = 1.46 x\n"
                + "idle-rss-kiosk = 142.3 MiB\ntaps-p99 = 12.35 ms\nsessions-rss-growth = 3.2 %\n"
                + "print-median = 0.500 s\nalerts-p95 = 0.300 s\ndashboard-cold-12-months = 120.00 ms\n");
        assertThat(configsSeen).hasSize(5).allMatch(configsSeen.get(0)::equals);
    }

    @Test
    void everyFigureLineHasTheNameValueUnitShape() {
        for (Figure figure : List.of(new Figure("a-b", 1, "s"), new Figure("c", 2.5, "ms"), new Figure("d", 3, "MiB"))) {
            assertThat(figure.line()).matches("[a-z0-9-]+ = -?[0-9]+\\.[0-9]+ [A-Za-z%]+");
        }
    }
}
