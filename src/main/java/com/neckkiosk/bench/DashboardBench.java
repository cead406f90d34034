package com.neckkiosk.bench;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.store.DemoVisits;
import com.neckkiosk.store.KioskStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code bench dashboard}: seeds a million synthetic visits over five years into the
 * bench's throw-away data folder, then, in {@value #RUNS} fresh JVMs each, opens the store and
 * measures the first 12-month query with every chart rendered (cold), then filter changes.
 */
public final class DashboardBench {

    /** The size; {@code -Dbench.dashboard.visits=N} seeds fewer for a quick look on a busy machine. */
    static final int VISITS = Integer.getInteger("bench.dashboard.visits", 1_000_000);
    /**
     * {@code -Dbench.dashboard.data=DIR}: seed into DIR and keep it, and on later runs reuse it
     * when it holds as many visits as asked for (no re-seeding between quick iterations).
     */
    static final String KEPT_DATA = System.getProperty("bench.dashboard.data");
    /** In a kept data folder: how many visits were seeded into it, written once seeding finished. */
    static final String SEEDED_MARK = "bench-seeded-visits";
    static final int DAYS = 5 * 365 + 1;
    static final int RUNS = 5;

    private DashboardBench() {
    }

    public static List<Figure> run(ClinicConfig config) throws IOException, InterruptedException {
        List<Figure> figures = new ArrayList<>();
        Path dataDir = KEPT_DATA == null ? config.database().dataDir() : Path.of(KEPT_DATA).toAbsolutePath();
        Path mark = dataDir.resolve(SEEDED_MARK);
        boolean reuse = KEPT_DATA != null && Files.isRegularFile(mark)
                && Files.readString(mark, StandardCharsets.UTF_8).strip().equals(Integer.toString(VISITS));
        if (!reuse) {
            Files.deleteIfExists(mark);
            long started = System.nanoTime();
            LocalDate today = LocalDate.now();
            KioskStore store = KioskStore.open(DatabaseSettings.embedded(dataDir));
            try {
                DemoVisits demo = new DemoVisits(2026, List.of("K1", "K2", "K3"), today.minusDays(DAYS - 1L), today);
                // the dashboard reads only the rollup: the visits' answers, reasons and exercises are not stored
                store.insertNewVisits(demo::next, VISITS, false);
            } finally {
                store.closeCompacted();
            }
            figures.add(new Figure("dashboard-seed-" + VISITS + "-visits", (System.nanoTime() - started) / 1e9, "s"));
            if (KEPT_DATA != null) {
                Files.writeString(mark, Integer.toString(VISITS), StandardCharsets.UTF_8);
            }
        }
        Path file = dataDir.resolve("kiosk.mv.db");
        figures.add(new Figure("dashboard-db-size-per-100k-visits",
                Files.size(file) / (1024.0 * 1024.0) / (VISITS / 100_000.0), "MiB"));
        // a class archive made by one training probe, as cds-archive makes the kiosk's
        Path archive = dataDir.resolve("dashboard-bench.jsa");
        Files.deleteIfExists(archive);
        probe(dataDir, List.of("-XX:ArchiveClassesAtExit=" + archive));
        Map<String, double[]> samples = new TreeMap<>();
        for (int run = 0; run < RUNS; run++) {
            int index = run;
            // alternating, so both see the same machine load
            probe(dataDir, List.of()).forEach((name, ms) ->
                    samples.computeIfAbsent(name, n -> new double[RUNS])[index] = ms);
            if (Files.isRegularFile(archive)) {
                probe(dataDir, List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto")).forEach((name, ms) ->
                        samples.computeIfAbsent("with-class-archive-" + name, n -> new double[RUNS])[index] = ms);
            }
        }
        samples.forEach((name, values) -> {
            figures.add(new Figure("dashboard-" + name + "-median", Stats.median(values) / 1000, "s"));
            figures.add(new Figure("dashboard-" + name + "-max", Stats.max(values) / 1000, "s"));
        });
        return figures;
    }

    /**
     * The JVM flags the installed launcher ({@code install/files/neck-kiosk}) starts the dashboard
     * with: the JIT's quick compiler only (a test keeps the two equal).
     */
    public static final List<String> LAUNCHER_FLAGS = List.of("-XX:TieredStopAtLevel=1");

    /** One fresh JVM running {@link DashboardProbe} with the launcher's flags; its {@code name=ms} lines. */
    private static Map<String, Double> probe(Path dataDir, List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAUNCHER_FLAGS);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(DashboardProbe.class.getName());
        command.add(dataDir.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, Double> figures = new TreeMap<>();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                int equals = line.indexOf('=');
                if (line.startsWith(DashboardProbe.PREFIX) && equals > 0) {
                    figures.put(line.substring(DashboardProbe.PREFIX.length(), equals), Double.parseDouble(line.substring(equals + 1)));
                }
            }
        }
        if (process.waitFor() != 0 || figures.isEmpty()) {
            throw new IOException("the dashboard probe failed:\n" + output);
        }
        return figures;
    }
}
