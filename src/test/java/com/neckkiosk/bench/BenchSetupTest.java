package com.neckkiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's own settings copy, its statistics, and a few scripted taps on the real window. */
class BenchSetupTest {

    @Test
    void theCopyPointsItsDataIntoItselfAndIsAlwaysEmbedded(@TempDir Path clinic) throws Exception {
        shipped(clinic, "kiosk.id = K3", "data.dir = /srv/clinic/data", "db.mode = client");
        Path copy;
        try (BenchSetup setup = BenchSetup.copyOf(clinic)) {
            copy = setup.configDir();
            ClinicConfig config = ConfigLoader.load(copy);
            assertThat(config.kioskId()).isEqualTo("K3");
            assertThat(Files.readAllLines(copy.resolve("kiosk.properties")))
                    .contains("data.dir = " + copy.resolve("data").toAbsolutePath(), "db.mode = embedded")
                    .doesNotContain("data.dir = /srv/clinic/data", "db.mode = client");
        }
        assertThat(copy).doesNotExist();
        assertThat(Files.readString(clinic.resolve("kiosk.properties"))).contains("/srv/clinic/data");
    }

    /** The shipped settings with some lines replaced, key by key. */
    private static void shipped(Path dir, String... replacements) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("kiosk-config", "kiosk.properties"))) {
            String key = line.split("[\\s=]", 2)[0];
            lines.add(Arrays.stream(replacements).filter(r -> r.startsWith(key + " ")).findFirst().orElse(line));
        }
        Files.write(dir.resolve("kiosk.properties"), lines);
    }

    @Test
    void percentilesAreNearestRank() {
        double[] sample = new double[100];
        for (int i = 0; i < 100; i++) {
            sample[i] = 100 - i;
        }
        assertThat(Stats.percentile(sample, 50)).isEqualTo(50);
        assertThat(Stats.percentile(sample, 99)).isEqualTo(99);
        assertThat(Stats.max(sample)).isEqualTo(100);
        assertThat(Stats.median(new double[] {3, 1, 2, 10})).isEqualTo(2.5);
    }

    @Test
    void aFewScriptedTapsOnTheRealWindow(@TempDir Path clinic) throws Exception {
        shipped(clinic, "speech.enabled = false");
        try (BenchSetup setup = BenchSetup.copyOf(clinic)) {
            List<Figure> figures = TapBench.run(ConfigLoader.load(setup.configDir()), 30, 1, 2);
            assertThat(figures).extracting(Figure::name).containsExactly("taps-p50", "taps-p99", "taps-max",
                    "taps-first-visit-max", "taps-over-16ms", "warm-up", "warm-up-longest-step",
                    "taps-build-p50", "taps-build-p99", "taps-layout-p50", "taps-layout-p99",
                    "taps-paint-p50", "taps-paint-p99", "repaint-window-p50", "repaint-window-p99",
                    "taps-painted-p50", "taps-painted-max",
                    "sessions-rss-1", "sessions-rss-2", "sessions-rss-growth",
                    "sessions-heap-1", "sessions-heap-2", "sessions-heap-growth");
            assertThat(figures.get(0).value()).isPositive().isLessThanOrEqualTo(figures.get(2).value());
            // the taps began once the kiosk had warmed up; a tap repaints the body, not the whole window
            assertThat(figures).filteredOn(f -> f.name().equals("warm-up")).singleElement()
                    .satisfies(f -> assertThat(f.value()).isPositive());
            assertThat(figures).filteredOn(f -> f.name().equals("taps-painted-p50")).singleElement()
                    .satisfies(f -> assertThat(f.value()).isPositive().isLessThan(90));
        }
    }
}
