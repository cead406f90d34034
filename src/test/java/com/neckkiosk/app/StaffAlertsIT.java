package com.neckkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.config.PinHash;
import com.neckkiosk.store.AlertRecord;
import com.neckkiosk.store.KioskStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts on real parts: an H2 TCP server on loopback (in this JVM, as the serving kiosk),
 * kiosk processes raising alerts through the packaged jar's {@code test-alert}, and the
 * packaged console ({@code staff --trace}) on the test display.
 */
class StaffAlertsIT {

    private static final String PASSWORD = "front-desk-2026";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static String pinHash;

    @TempDir
    Path root;

    private int port;
    private KioskStore server;
    private final List<JarProcess> processes = new ArrayList<>();

    @BeforeAll
    static void hashPin() {
        pinHash = PinHash.hash("4711".toCharArray());
    }

    @BeforeEach
    void startServer() throws IOException {
        port = freePortInOurRange();
        server = KioskStore.open(new DatabaseSettings(DatabaseSettings.Mode.SERVER, root.resolve("server"), "127.0.0.1",
                "127.0.0.1", port, PASSWORD));
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (JarProcess process : processes) {
            process.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Loopback ports 19200-19299 are this branch's, so parallel work on the machine never collides. */
    static int freePortInOurRange() throws IOException {
        for (int candidate = 19200; candidate < 19300; candidate++) {
            try (ServerSocket socket = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // next
            }
        }
        throw new IOException("no free loopback port in 19200-19299");
    }

    private Path clientConfig(String name, String kioskId, String kioskName, String password) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name));
        Files.writeString(dir.resolve("kiosk.properties"), String.join("\n",
                "clinic.name = Riverside Clinic",
                "kiosk.id = " + kioskId,
                "kiosk.name = " + kioskName,
                "data.dir = data",
                "db.mode = client",
                "db.server.host = 127.0.0.1",
                "db.server.port = " + port,
                "db.password = " + password,
                "staff.pin.hash = " + pinHash,
                "manager.pin.hash = " + pinHash,
                "alert.repeat.seconds = 30",
                ""));
        return dir;
    }

    private JarProcess run(Path config, String... verbAndArgs) throws IOException {
        JarProcess process = JarProcess.start(config, verbAndArgs);
        processes.add(process);
        return process;
    }

    /** Alert id to how the kiosk process said it went, from its {@code raised} lines. */
    private static Map<String, String> raised(JarProcess kiosk, int count) throws InterruptedException {
        return kiosk.awaitLines(line -> line.startsWith("raised "), count, WAIT).stream()
                .map(line -> line.split(" ")).collect(Collectors.toMap(f -> f[1], f -> f[3]));
    }

    /** Alert id to kiosk name, from the console's {@code shown} lines. */
    private static Map<String, String> shown(JarProcess console, int count) throws InterruptedException {
        return console.awaitLines(line -> line.startsWith("shown "), count, WAIT).stream()
                .map(line -> line.split(" ")).collect(Collectors.toMap(f -> f[1], f -> f[2]));
    }

    @Test
    void alertsFromTwoKioskProcessesReachTheConsoleEachWithItsKiosk() throws Exception {
        JarProcess console = run(clientConfig("desk", "D1", "Front desk", PASSWORD), "staff", "--trace");
        JarProcess waitingRoom = run(clientConfig("k1", "K1", "Waiting room A", PASSWORD), "test-alert", "--count", "2");
        JarProcess corridor = run(clientConfig("k2", "K2", "Physio corridor", PASSWORD), "test-alert", "--count", "2",
                "--level", "urgent");
        Map<String, String> fromWaitingRoom = raised(waitingRoom, 2);
        Map<String, String> fromCorridor = raised(corridor, 2);
        assertThat(waitingRoom.awaitExit(WAIT)).isZero();
        assertThat(corridor.awaitExit(WAIT)).isZero();
        assertThat(fromWaitingRoom.values()).containsOnly("delivered");
        assertThat(fromCorridor.values()).containsOnly("delivered");

        Map<String, String> onScreen = shown(console, 4);
        fromWaitingRoom.keySet().forEach(id -> assertThat(onScreen).containsEntry(id, "Waiting_room_A"));
        fromCorridor.keySet().forEach(id -> assertThat(onScreen).containsEntry(id, "Physio_corridor"));
    }

    @Test
    void aConsoleKilledAndRestartedShowsEveryAlertRaisedMeanwhile() throws Exception {
        Path desk = clientConfig("desk", "D1", "Front desk", PASSWORD);
        JarProcess console = run(desk, "staff", "--trace");
        JarProcess first = run(clientConfig("k1", "K1", "Waiting room A", PASSWORD), "test-alert");
        Map<String, String> before = raised(first, 1);
        shown(console, 1);
        console.kill();

        JarProcess meanwhile = run(clientConfig("k2", "K2", "Physio corridor", PASSWORD), "test-alert", "--count", "3");
        Map<String, String> whileClosed = raised(meanwhile, 3);
        assertThat(meanwhile.awaitExit(WAIT)).isZero();

        JarProcess restarted = run(desk, "staff", "--trace");
        Map<String, String> onScreen = shown(restarted, 4);
        assertThat(onScreen.keySet()).containsAll(before.keySet()).containsAll(whileClosed.keySet());
        assertThat(server.openAlerts()).hasSize(4);
    }

    @Test
    void anAlertRaisedWhileTheServerIsDownIsDeliveredExactlyOnceWhenItIsBack() throws Exception {
        Path kioskConfig = clientConfig("k1", "K1", "Waiting room A", PASSWORD);
        server.close();
        server = null;
        JarProcess kiosk = run(kioskConfig, "test-alert", "--wait-delivered", "120");
        Map<String, String> raised = raised(kiosk, 1);
        assertThat(raised.values()).containsExactly("spooled");
        Path spool = kioskConfig.resolve("data/alert-spool");
        try (var files = Files.list(spool)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactly(raised.keySet().iterator().next() + ".alert");
        }

        server = KioskStore.open(new DatabaseSettings(DatabaseSettings.Mode.SERVER, root.resolve("server"), "127.0.0.1",
                "127.0.0.1", port, PASSWORD));
        assertThat(kiosk.awaitExit(WAIT)).as("%s", kiosk.stderr()).isZero();
        String id = raised.keySet().iterator().next();
        List<AlertRecord> today = server.alertsRaisedOn(LocalDate.now(), ZoneId.systemDefault());
        assertThat(today).extracting(AlertRecord::id).containsExactly(id);
        assertThat(server.countVisits()).isEqualTo(1);
        try (var files = Files.list(spool)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aWrongPasswordIsRefusedAndSaidPlainly() throws Exception {
        JarProcess kiosk = run(clientConfig("k1", "K1", "Waiting room A", "not-the-password"), "test-alert");
        assertThat(kiosk.awaitExit(WAIT)).isNotZero();
        assertThat(String.join("\n", kiosk.stderr())).contains("wrong password for database user kiosk");

        JarProcess console = run(clientConfig("desk", "D1", "Front desk", "not-the-password"), "staff", "--trace");
        console.awaitLines(line -> line.startsWith("problem ") && line.contains("wrong password for database user kiosk"),
                1, WAIT);
        assertThat(server.openAlerts()).isEmpty();
    }
}
