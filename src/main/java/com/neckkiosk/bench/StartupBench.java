package com.neckkiosk.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whole-process start-up: from spawning a JVM to its first painted frame (the process exits
 * right after that paint), for a bare Swing frame and for the kiosk, runs interleaved
 * bare/kiosk so machine noise falls on both alike. Then each one's resident memory when idle.
 */
public final class StartupBench {

    static final int RUNS = 10;
    private static final long IDLE_MILLIS = 3_000;
    private static final long GIVE_UP_SECONDS = 60;

    /** The JVM flags {@code bin/neck-kiosk} starts the kiosk with, besides its class archive. */
    public static final List<String> LAUNCHER_FLAGS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx256m",
            "-XX:TieredStopAtLevel=1");

    private final Path configDir;
    private final List<String> jvmOptions;
    private final int runs;

    StartupBench(Path configDir, List<String> jvmOptions, int runs) {
        this.configDir = configDir;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.runs = runs;
    }

    public static List<Figure> run(Path configDir, List<String> jvmOptions) throws IOException, InterruptedException {
        return new StartupBench(configDir, jvmOptions, RUNS).measure();
    }

    /**
     * Bare frame, kiosk, kiosk with its class archive: interleaved, {@code runs} each. The two
     * kiosk runs take the launcher's JVM flags ({@link #LAUNCHER_FLAGS}, as {@code bin/neck-kiosk}
     * starts the real kiosk) and differ only in the archive, made first by a training run.
     */
    List<Figure> measure() throws IOException, InterruptedException {
        ClassArchive.create(archive(), configDir, kioskOptions());
        double[] bare = new double[runs];
        double[] kiosk = new double[runs];
        double[] archived = new double[runs];
        for (int i = 0; i < runs; i++) {
            bare[i] = secondsToExit(bareCommand(false));
            kiosk[i] = secondsToExit(kioskCommand(true, false));
            archived[i] = secondsToExit(kioskCommand(true, true));
        }
        double bareMedian = Stats.median(bare);
        double kioskMedian = Stats.median(kiosk);
        double archivedMedian = Stats.median(archived);
        // painted well before this: the slowest start-up seen, then the idle time
        long settle = (long) (Math.max(Stats.max(bare), Math.max(Stats.max(kiosk), Stats.max(archived))) * 1000)
                + IDLE_MILLIS;
        double bareRss = idleRss(bareCommand(true), settle);
        double kioskRss = idleRss(kioskCommand(false, false), settle);
        double archivedRss = idleRss(kioskCommand(false, true), settle);
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("startup-median-bare", bareMedian, "s"),
                new Figure("startup-median-kiosk", kioskMedian, "s"),
                new Figure("startup-median-kiosk-cds", archivedMedian, "s"),
                new Figure("startup-ratio", kioskMedian / bareMedian, "x"),
                new Figure("startup-ratio-cds", archivedMedian / bareMedian, "x"),
                new Figure("idle-rss-bare", bareRss, "MiB"),
                new Figure("idle-rss-kiosk", kioskRss, "MiB"),
                new Figure("idle-rss-kiosk-cds", archivedRss, "MiB")));
        if (Files.isExecutable(appImageLauncher())) {
            figures.addAll(appImageAgainstJar());
        }
        return figures;
    }

    /** The app image the profile app-image builds; -Dkiosk.appImage=LAUNCHER names another. */
    static Path appImageLauncher() {
        return Path.of(System.getProperty("kiosk.appImage", "target/app-image/neck-kiosk/bin/neck-kiosk"));
    }

    /** The app image (own runtime and AppCDS archive) against the plain jar, runs interleaved. */
    private List<Figure> appImageAgainstJar() throws IOException, InterruptedException {
        double[] jar = new double[runs];
        double[] image = new double[runs];
        for (int i = 0; i < runs; i++) {
            jar[i] = secondsToExit(kioskCommand(true, true));
            image[i] = secondsToExit(List.of(appImageLauncher().toString(), "kiosk", "--windowed",
                    "--exit-after-first-paint", "--config", configDir.toString()));
        }
        return List.of(
                new Figure("startup-median-app-image", Stats.median(image), "s"),
                new Figure("startup-app-image-vs-jar", Stats.median(image) / Stats.median(jar), "x"));
    }

    private Path archive() {
        return configDir.resolve("kiosk.jsa");
    }

    private List<String> kioskOptions() {
        List<String> options = new ArrayList<>(LAUNCHER_FLAGS);
        options.addAll(jvmOptions);
        return options;
    }

    private List<String> java(List<String> options) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        // the jar when run with -jar (its manifest brings lib/ along), target/classes:... in tests
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        return command;
    }

    List<String> bareCommand(boolean stay) {
        List<String> command = java(jvmOptions);
        command.add(BareFrame.class.getName());
        if (stay) {
            command.add("--stay");
        }
        return command;
    }

    List<String> kioskCommand(boolean exitAfterFirstPaint, boolean withArchive) {
        List<String> options = kioskOptions();
        if (withArchive) {
            options.add("-XX:SharedArchiveFile=" + archive());
        }
        List<String> command = java(options);
        command.add("com.neckkiosk.app.Main");
        command.add("kiosk");
        command.add("--windowed");
        if (exitAfterFirstPaint) {
            command.add("--exit-after-first-paint");
        }
        command.add("--config");
        command.add(configDir.toString());
        return command;
    }

    /**
     * The spawned JVMs' standard error, kept beside the settings copy: a kiosk that exits at its
     * first paint may interrupt the store it is opening in the background, and says so there.
     */
    private Path errorLog() {
        return configDir.resolve("spawned-stderr.log");
    }

    private Process start(List<String> command) throws IOException {
        return new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(errorLog().toFile()))
                .start();
    }

    private IOException failed(String what, List<String> command) throws IOException {
        List<String> lines = Files.exists(errorLog()) ? Files.readAllLines(errorLog()) : List.of();
        String last = lines.isEmpty() ? "" : "; last error: " + lines.get(lines.size() - 1);
        return new IOException(what + ": " + String.join(" ", command) + last);
    }

    private double secondsToExit(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = start(command);
        if (!process.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw failed("no first paint within " + GIVE_UP_SECONDS + " s", command);
        }
        long end = System.nanoTime();
        if (process.exitValue() != 0) {
            throw failed("exit " + process.exitValue(), command);
        }
        return (end - start) / 1e9;
    }

    private double idleRss(List<String> command, long settleMillis) throws IOException, InterruptedException {
        Process process = start(command);
        try {
            if (process.waitFor(settleMillis, TimeUnit.MILLISECONDS)) {
                throw failed("exited early (" + process.exitValue() + ")", command);
            }
            return Memory.rssMiB(process.pid())
                    .orElseThrow(() -> new IOException("no VmRSS in /proc" + File.separator + process.pid()));
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
