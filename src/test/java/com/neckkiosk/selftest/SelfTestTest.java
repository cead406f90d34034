package com.neckkiosk.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.store.KioskStore;
import com.neckkiosk.store.PrinterNotice.Problem;
import java.time.Instant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each self-test check sees its fault when the fault is made real: an immutable data folder
 * (read-only even for root), a CUPS queue of the test's own that it stops and rejects, a
 * database server that is stopped, a speech engine missing or broken.
 */
class SelfTestTest {

    /** Loopback ports 19360-19369 are this class's. */
    private static final int PORT = 19361;
    private static final String PASSWORD = "a-long-clinic-password";

    @TempDir
    Path dir;

    @Test
    void aWritableDataFolderPassesAndAnImmutableOneFailsNamingIt() throws Exception {
        Path dataDir = dir.resolve("data");
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(dataDir))) {
            store.nextVisitCode("K1", java.time.LocalDate.of(2026, 3, 14));
        }
        CheckResult fine = SelfTest.database(DatabaseSettings.embedded(dataDir));
        assertThat(fine.ok()).as(fine.detail()).isTrue();
        assertThat(fine.line()).startsWith("ok      database  the data folder " + dataDir);

        run("chattr", "+i", dataDir.toString());
        try {
            CheckResult readOnly = SelfTest.database(DatabaseSettings.embedded(dataDir));
            assertThat(readOnly.ok()).isFalse();
            assertThat(readOnly.line()).startsWith("FAILED  database  cannot write in the data folder " + dataDir
                    + " (permission denied)");
        } finally {
            run("chattr", "-i", dataDir.toString());
        }
        assertThat(Files.list(dataDir).map(p -> p.getFileName().toString()))
                .as("the probe leaves nothing behind").doesNotContain(".self-test-probe");
    }

    @Test
    void aReadOnlyDatabaseFileFails() throws Exception {
        Path dataDir = dir.resolve("data");
        KioskStore.open(DatabaseSettings.embedded(dataDir)).close();
        Path file = dataDir.resolve("kiosk.mv.db");
        run("chattr", "+i", file.toString());
        try {
            CheckResult result = SelfTest.database(DatabaseSettings.embedded(dataDir));
            assertThat(result.ok()).isFalse();
            assertThat(result.detail()).contains(dataDir.toString()).containsAnyOf("read-only", "could not read or write");
        } finally {
            run("chattr", "-i", file.toString());
        }
    }

    @Test
    void aStoppedQueueAndARejectingQueueFailAndAnEnabledOnePasses() throws Exception {
        String queue = "InstallSelfTest" + ProcessHandle.current().pid();
        run("lpadmin", "-p", queue, "-E", "-v", "cups-pdf:/", "-m", "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd");
        try {
            assertThat(PrinterCheck.check(queue).line())
                    .isEqualTo("ok      printer   the print queue " + queue + " is enabled and accepts jobs");

            run("cupsdisable", "-r", "paper jam in tray 2", queue);
            CheckResult stopped = PrinterCheck.check(queue);
            assertThat(stopped.ok()).isFalse();
            assertThat(stopped.detail()).isEqualTo("the print queue " + queue + " is disabled (stopped) (paper jam in"
                    + " tray 2); fix the printer, then enable it with: cupsenable " + queue);
            assertThat(PrinterCheck.examine(queue).problem()).contains(Problem.QUEUE_DISABLED);

            run("cupsenable", queue);
            run("cupsreject", queue);
            assertThat(PrinterCheck.check(queue).detail())
                    .isEqualTo("the print queue " + queue + " does not accept jobs; allow them with: cupsaccept " + queue);
            assertThat(PrinterCheck.examine(queue).problem()).contains(Problem.QUEUE_DISABLED);
        } finally {
            run("lpadmin", "-x", queue);
        }
        assertThat(PrinterCheck.check(queue).detail())
                .isEqualTo("the print queue " + queue + " does not exist in CUPS (lpstat -p lists the queues)");
        PrinterFinding missing = PrinterCheck.examine(queue);
        assertThat(missing.problem()).contains(Problem.QUEUE_MISSING);
        assertThat(missing.notice("K7", Instant.EPOCH)).hasValueSatisfying(notice -> {
            assertThat(notice.printer()).isEqualTo(queue);
            assertThat(notice.visitCode()).isNull();
        });
    }

    @Test
    void aSharedDatabaseAnswersWhileServedAndFailsOnceTheServerStops() throws Exception {
        Path serverDir = dir.resolve("server");
        DatabaseSettings server = new DatabaseSettings(DatabaseSettings.Mode.SERVER, serverDir, "127.0.0.1", "127.0.0.1",
                PORT, PASSWORD);
        DatabaseSettings client = new DatabaseSettings(DatabaseSettings.Mode.CLIENT, dir.resolve("unused"), "127.0.0.1",
                "127.0.0.1", PORT, PASSWORD);
        try (KioskStore serving = KioskStore.open(server)) {
            assertThat(SelfTest.shared(client).line()).isEqualTo("ok      shared    the shared database at 127.0.0.1:"
                    + PORT + " answers");
            assertThat(SelfTest.shared(server).ok()).isTrue();
            assertThat(SelfTest.database(client).ok()).isTrue();
            DatabaseSettings wrongPassword = new DatabaseSettings(DatabaseSettings.Mode.CLIENT, dir, "127.0.0.1",
                    "127.0.0.1", PORT, "not-the-clinic-password");
            assertThat(SelfTest.shared(wrongPassword).detail()).contains("wrong password");
        }
        CheckResult stopped = SelfTest.shared(client);
        assertThat(stopped.ok()).isFalse();
        assertThat(stopped.detail()).startsWith("the shared database at 127.0.0.1:" + PORT + ": cannot reach the"
                + " database server");
        assertThat(SelfTest.database(client).ok()).as("a client cannot write what it cannot reach").isFalse();
    }

    @Test
    void theSpeechEngineIsFoundOnThePathAndRunOnce() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(SpeechCheck.check(true, empty.toString()).detail())
                .isEqualTo("the speech engine espeak-ng is not installed (not on the PATH), so the read-aloud button"
                        + " is hidden; install the espeak-ng package");
        assertThat(SpeechCheck.check(false, empty.toString()).ok()).isTrue();

        Path engine = bin.resolve("espeak-ng");
        script(engine, "echo 'eSpeak NG text-to-speech: 1.51'");
        assertThat(SpeechCheck.check(true, empty + ":" + bin).line()).isEqualTo("ok      speech    the speech engine "
                + engine + " runs");
        script(engine, "echo 'error while loading shared libraries: libespeak-ng.so.1' >&2; exit 127");
        assertThat(SpeechCheck.check(true, bin.toString()).detail()).isEqualTo("the speech engine " + engine
                + " does not run (exit 127: error while loading shared libraries: libespeak-ng.so.1)");
    }

    @Test
    void anyFailureFailsTheWhole() {
        assertThat(SelfTest.allPassed(List.of(CheckResult.passed("a", "x")))).isTrue();
        assertThat(SelfTest.allPassed(List.of(CheckResult.passed("a", "x"), CheckResult.failed("b", "y")))).isFalse();
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": "
                + new String(process.getInputStream().readAllBytes())).isZero();
    }
}
