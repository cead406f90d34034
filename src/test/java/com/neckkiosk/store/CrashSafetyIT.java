package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.DatabaseSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Power cuts and crashes, 100 times: a child JVM runs scripted sessions through the real
 * store ({@link WritesUntilKilled}) and is killed with SIGKILL at a random moment (a third
 * of the rounds within 1.5 s of its start, so also while the database is created or
 * opened; the rest within 1.5 s of the store being open, while it writes). Each time the
 * database must open, and every visit and alert the child reported committed must be there. All rounds share one database, as a kiosk does
 * across crashes. Figures go to target/crash-safety.txt (docs/BENCHMARKS.md reports them).
 */
class CrashSafetyIT {

    private static final int ROUNDS = Integer.getInteger("crash.rounds", 100);
    private static final long SEED = Long.getLong("crash.seed", System.nanoTime());

    @TempDir
    Path dataDir;

    @Test
    void killedAtRandomMomentsTheDatabaseOpensAndLosesNothingCommitted() throws Exception {
        Random random = new Random(SEED);
        List<String> visits = new ArrayList<>();
        List<String> alerts = new ArrayList<>();
        int killedWhileOpening = 0;
        long started = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            Child child = Child.start(dataDir, "r" + round);
            boolean whileWriting = random.nextInt(3) > 0;
            if (whileWriting && child.waitForOpen()) {
                Thread.sleep(random.nextInt(1500));
            } else {
                Thread.sleep(random.nextInt(1500));
            }
            child.process.destroyForcibly();   // SIGKILL on Linux: no shutdown hooks, no flushing
            assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            List<String> reported = child.lines.get(30, TimeUnit.SECONDS);
            if (!reported.contains("open")) {
                killedWhileOpening++;
            }
            List<String> roundVisits = ids(reported, "visit");
            List<String> roundAlerts = ids(reported, "alert");
            // the files as the kill left them, before opening them recovers anything: kept if something is lost
            TestDatabases.copyAsAKillLeavesThem(dataDir, AS_KILLED);
            try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(dataDir))) {
                List<String> lostVisits = roundVisits.stream().filter(id -> store.findVisit(id).isEmpty()).toList();
                List<String> lostAlerts = roundAlerts.stream().filter(id -> store.findAlert(id).isEmpty()).toList();
                if (!lostVisits.isEmpty() || !lostAlerts.isEmpty()) {
                    Path kept = KEPT.resolve("seed-" + SEED + "-round-" + round);
                    TestDatabases.copyAsAKillLeavesThem(AS_KILLED, kept);
                    Files.write(kept.resolve("child-output.txt"), reported);
                    Files.copy(KEPT.resolve(CHILD_ERRORS), kept.resolve(CHILD_ERRORS));
                    assertThat(lostVisits).as("seed %d round %d: committed visits lost (%d reported: %s; alerts lost: %s);"
                            + " the files as killed, the child's output and its errors are in %s",
                            SEED, round, roundVisits.size(), roundVisits, lostAlerts, kept).isEmpty();
                    assertThat(lostAlerts).as("seed %d round %d: committed alerts lost; see %s", SEED, round, kept).isEmpty();
                }
            }
            visits.addAll(roundVisits);
            alerts.addAll(roundAlerts);
        }
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(dataDir))) {
            for (String id : visits) {
                assertThat(store.findVisit(id)).as("seed %d: visit %s at the end", SEED, id).isPresent();
            }
            for (String id : alerts) {
                assertThat(store.findAlert(id)).as("seed %d: alert %s at the end", SEED, id).isPresent();
            }
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        String figures = String.join("\n",
                "crash.rounds = " + ROUNDS,
                "crash.seed = " + SEED,
                "crash.killed_while_opening = " + killedWhileOpening,
                "crash.reopened_ok = " + ROUNDS + " of " + ROUNDS,
                "crash.committed_visits_checked = " + visits.size(),
                "crash.committed_alerts_checked = " + alerts.size(),
                "crash.lost = 0",
                "crash.wall_seconds = " + seconds, "");
        Files.writeString(Path.of("target", "crash-safety.txt"), figures);
        System.out.print(figures);
        assertThat(visits).as("the children got to write something").isNotEmpty();
        assertThat(alerts).isNotEmpty();
    }

    /** Where a round that lost something keeps its evidence. */
    private static final Path KEPT = Path.of("target", "crash-safety");
    private static final Path AS_KILLED = KEPT.resolve("as-killed");
    private static final String CHILD_ERRORS = "child-errors.txt";

    private static List<String> ids(List<String> lines, String kind) {
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split(" ");
            // a line cut off by the kill has no "ok" and counts for nothing
            if (parts.length == 3 && parts[0].equals(kind) && parts[2].equals("ok")) {
                ids.add(parts[1]);
            }
        }
        return ids;
    }

    /** The child process and every line it wrote, read until its output closes. */
    private record Child(Process process, CompletableFuture<List<String>> lines, CompletableFuture<Void> open) {

        static Child start(Path dataDir, String round) throws IOException {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    WritesUntilKilled.class.getName(), dataDir.toString(), round)
                    // its warnings (a failed force to disk is logged, not thrown) go with the files if something is lost
                    .redirectError(Files.createDirectories(KEPT).resolve(CHILD_ERRORS).toFile())
                    .start();
            CompletableFuture<Void> open = new CompletableFuture<>();
            CompletableFuture<List<String>> lines = CompletableFuture.supplyAsync(() -> {
                List<String> read = new ArrayList<>();
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        read.add(line);
                        if (line.equals("open")) {
                            open.complete(null);
                        }
                    }
                } catch (IOException e) {
                    read.add("read failed: " + e);
                }
                open.complete(null);
                return read;
            });
            return new Child(process, lines, open);
        }

        boolean waitForOpen() throws Exception {
            open.get(60, TimeUnit.SECONDS);
            return process.isAlive();
        }
    }
}
