package com.neckkiosk.bench;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.store.KioskStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench alerts}: alert latency on real parts. Starts its own H2 TCP server on loopback
 * (in this process, as a serving kiosk does), the console ({@code staff --trace}) and two kiosk
 * processes ({@code test-alert}, 100 alerts each, one every 150 ms), all client processes of the
 * same jar. Latency is from the kiosk's "last tap" (just before it takes the visit code and
 * commits visit and alert) to the console's EDT having laid out and queued the paint of the row,
 * both read from the same machine's wall clock. Before the alerts, the console's idle CPU is
 * measured over 20 s from its process CPU time.
 */
public final class AlertBench {

    static final int PER_KIOSK = 100;
    static final int EVERY_MILLIS = 150;
    static final Duration IDLE_WINDOW = Duration.ofSeconds(20);
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private AlertBench() {
    }

    public static List<Figure> run(ClinicConfig clinic, Path workDir) throws Exception {
        int port = freeLoopbackPort();
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        List<Process> processes = new ArrayList<>();
        try (KioskStore server = KioskStore.open(new DatabaseSettings(DatabaseSettings.Mode.SERVER,
                workDir.resolve("server"), "127.0.0.1", "127.0.0.1", port, password))) {
            Map<String, Long> shownAt = new ConcurrentHashMap<>();
            CountDownLatch connected = new CountDownLatch(1);
            Process console = spawn(config(workDir, "desk", "D1", "Front desk", port, password, clinic),
                    "staff", "--trace");
            processes.add(console);
            follow(console, line -> {
                String[] f = line.split(" ");
                if (line.equals("connected")) {
                    connected.countDown();
                } else if (f[0].equals("shown") && f.length == 5) {
                    shownAt.put(f[1], Long.parseLong(f[4]));
                }
            });
            if (!connected.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IOException("the console did not connect to the bench's server");
            }
            Thread.sleep(3_000); // let start-up work (JIT, first layouts) settle
            double idleCpu = cpuShare(console.toHandle(), IDLE_WINDOW);

            Map<String, Long> raisedAt = new ConcurrentHashMap<>();
            List<Process> kiosks = new ArrayList<>();
            for (int k = 1; k <= 2; k++) {
                Process kiosk = spawn(config(workDir, "k" + k, "K" + k, "Bench kiosk " + k, port, password, clinic),
                        "test-alert", "--count", Integer.toString(PER_KIOSK), "--every-ms", Integer.toString(EVERY_MILLIS),
                        "--level", k == 1 ? "emergency" : "urgent");
                processes.add(kiosk);
                kiosks.add(kiosk);
                follow(kiosk, line -> {
                    String[] f = line.split(" ");
                    if (f[0].equals("raised") && f.length >= 4) {
                        raisedAt.put(f[1], Long.parseLong(f[2]));
                    }
                });
            }
            for (Process kiosk : kiosks) {
                if (!kiosk.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS) || kiosk.exitValue() != 0) {
                    throw new IOException("a kiosk process failed to raise its alerts");
                }
            }
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!shownAt.keySet().containsAll(raisedAt.keySet()) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            double[] latency = raisedAt.entrySet().stream()
                    .mapToDouble(e -> shownAt.containsKey(e.getKey())
                            ? (shownAt.get(e.getKey()) - e.getValue()) / 1000.0 : Double.POSITIVE_INFINITY)
                    .toArray();
            return List.of(
                    new Figure("alerts-count", latency.length, "alerts"),
                    new Figure("alerts-latency-p50", Stats.percentile(latency, 50), "s"),
                    new Figure("alerts-latency-p95", Stats.percentile(latency, 95), "s"),
                    new Figure("alerts-latency-max", Stats.max(latency), "s"),
                    new Figure("alerts-console-idle-cpu", idleCpu * 100, "%"));
        } finally {
            for (Process process : processes) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** The share of one core the process used over the window. */
    static double cpuShare(ProcessHandle process, Duration window) throws InterruptedException, IOException {
        Duration before = process.info().totalCpuDuration().orElseThrow(() -> new IOException("no CPU time for the console"));
        long start = System.nanoTime();
        Thread.sleep(window.toMillis());
        Duration after = process.info().totalCpuDuration().orElseThrow();
        return (double) after.minus(before).toNanos() / (System.nanoTime() - start);
    }

    private static Path config(Path workDir, String name, String kioskId, String kioskName, int port, String password,
            ClinicConfig clinic) throws IOException {
        Path dir = Files.createDirectories(workDir.resolve(name));
        Files.writeString(dir.resolve("kiosk.properties"), String.join("\n",
                "kiosk.id = " + kioskId, "kiosk.name = " + kioskName, "data.dir = data", "db.mode = client",
                "db.server.host = 127.0.0.1", "db.server.port = " + port, "db.password = " + password,
                "staff.pin.hash = " + clinic.staffPinHash(), "manager.pin.hash = " + clinic.managerPinHash(), ""));
        return dir;
    }

    private static Process spawn(Path configDir, String... verbAndArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.neckkiosk.app.Main"));
        command.addAll(List.of(verbAndArgs));
        command.addAll(List.of("--config", configDir.toString()));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void follow(Process process, java.util.function.Consumer<String> onLine) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    onLine.accept(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "bench-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Loopback ports 19200-19299, so the bench never meets another service on this machine. */
    static int freeLoopbackPort() throws IOException {
        for (int candidate = 19200; candidate < 19300; candidate++) {
            try (ServerSocket socket = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // next
            }
        }
        throw new IOException("no free loopback port in 19200-19299");
    }
}
