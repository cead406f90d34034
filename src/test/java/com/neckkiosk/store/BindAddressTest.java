package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk serving on a network address listens there only, not on every address: H2 takes
 * its bind address from a system property read once, so this runs the server in a fresh
 * process as the kiosk program would be.
 */
class BindAddressTest {

    private static final String PASSWORD = "front-desk-2026";

    @TempDir
    Path serverDir;

    @TempDir
    Path clientDir;

    @Test
    void aServerOnANetworkAddressListensThereOnly() throws Exception {
        Optional<InetAddress> lan = networkAddress();
        assumeTrue(lan.isPresent(), "this machine has no non-loopback IPv4 address");
        String address = lan.get().getHostAddress();
        int port = TestDatabases.freeLoopbackPort();
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServesOnOneAddress.class.getName(),
                serverDir.toString(), address, Integer.toString(port), PASSWORD)
                .redirectErrorStream(true)
                .start();
        try {
            assertThat(firstLineStartingWith(server, "serving")).isEqualTo("serving 0");

            assertThat(connects(address, port)).isTrue();
            assertThat(connects("127.0.0.1", port)).isFalse();
            try (KioskStore client = KioskStore.open(
                    TestDatabases.clientOf(clientDir, address, port, PASSWORD))) {
                client.save(Samples.visit("v-1"));
                assertThat(client.countVisits()).isEqualTo(1);
            }
        } finally {
            server.getOutputStream().close();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** Skips H2's and Flyway's log lines. */
    private static String firstLineStartingWith(Process process, String start) throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(start)) {
                return line;
            }
            seen.append(line).append('\n');
        }
        return "process ended without '" + start + "':\n" + seen;
    }

    private static boolean connects(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InetAddress> networkAddress() throws SocketException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLinkLocalAddress()) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
