package com.neckkiosk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.neckkiosk.config.PaperSize;
import com.neckkiosk.content.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The print system itself stopped: cupsd is killed for real (not just pointed elsewhere), the
 * packaged jar's {@code sheet --print} is run against the real queue name, and cupsd is started
 * again exactly as the test set-up starts it. A failsafe test, so nothing else prints meanwhile.
 */
class CupsStoppedIT {

    private static final Path JAR = Path.of(System.getProperty("kiosk.jar", "target/neck-kiosk.jar"));

    @Test
    void withCupsdStoppedThePrintIsAFaultNamingTheQueueAndCupsComesBack() throws Exception {
        String pid = PrintQueues.run("pgrep", "-x", "-o", "cupsd").trim();
        assumeTrue(!pid.isEmpty() && pid.matches("[0-9]+"), "cupsd is not running under this test's control");
        Path answers = SheetSamples.OWN.resolve("desk_worker_mild.properties");
        try {
            PrintQueues.run("kill", pid);
            waitForCups(false);

            Process sheet = new ProcessBuilder(javaBinary(), "-Djava.awt.headless=true", "-jar", JAR.toString(),
                    "sheet", answers.toString(), "--print", PrintQueues.QUEUE, "--config", "kiosk-config")
                    .redirectErrorStream(true).start();
            String output = new String(sheet.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(sheet.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(sheet.exitValue()).as(output).isEqualTo(1);
            assertThat(output).containsAnyOf("QUEUE_MISSING", "NO_PRINTER").contains(PrintQueues.QUEUE);
        } finally {
            // as src/test/env/test-env.sh starts it
            new ProcessBuilder("setsid", "/usr/sbin/cupsd", "-f").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectErrorStream(true).start();
            waitForCups(true);
        }
        try (SheetPrinter printer = new SheetPrinter(Duration.ofSeconds(30))) {
            PrintOutcome again = printer.print(SheetSamples.sheet(SheetSamples.vignette("desk_worker_mild"), Language.EN,
                    PaperSize.A4, "K7-77"), PrintQueues.QUEUE).get();
            assertThat(again.printed()).as("%s", again).isTrue();
        }
    }

    private static void waitForCups(boolean running) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            boolean up = PrintQueues.run("lpstat", "-r").contains("is running");
            if (up == running) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("cupsd did not " + (running ? "start" : "stop") + " within 10 s");
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
