package com.neckkiosk.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.PaperSize;
import com.neckkiosk.content.Language;
import com.neckkiosk.store.PrinterNotice.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Printer faults on real CUPS queues: each ends as a calm {@link PrintOutcome} naming the
 * problem, never as an exception, and becomes a printer notice with the visit code.
 */
class SheetPrinterFaultTest {

    private static final SheetPrinter PRINTER = new SheetPrinter(Duration.ofSeconds(30));

    @AfterAll
    static void close() {
        PRINTER.close();
    }

    private static Sheet sheet(String code) {
        return SheetSamples.sheet(SheetSamples.vignette("painful_but_safe"), Language.EN, PaperSize.A4, code);
    }

    private static String name(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    @Test
    void aQueueThatDoesNotExistIsQueueMissing() throws Exception {
        String queue = name("NoSuchQueue");
        PrintOutcome outcome = PRINTER.print(sheet("K7-5"), queue).get();

        assertThat(outcome.problem()).contains(Problem.QUEUE_MISSING);
        assertThat(outcome.detail()).contains(queue);
        assertThat(outcome.notice("K7", "K7-5", Instant.EPOCH)).hasValueSatisfying(notice -> {
            assertThat(notice.problem()).isEqualTo(Problem.QUEUE_MISSING);
            assertThat(notice.visitCode()).isEqualTo("K7-5");
            assertThat(notice.printer()).isEqualTo(queue);
        });
    }

    /** A queue of the test's own, disabled and then rejecting jobs; removed afterwards. */
    @Test
    void aDisabledOrRejectingQueueIsQueueDisabled() throws Exception {
        String queue = name("KioskSheetOff");
        PrintQueues.run("lpadmin", "-p", queue, "-E", "-v", "cups-pdf:/", "-m", "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd");
        try {
            assertThat(PrintQueues.run("lpstat", "-p", queue)).contains(queue);
            PrintQueues.run("cupsdisable", queue);
            PrintOutcome stopped = PRINTER.print(sheet("K7-6"), queue).get();
            assertThat(stopped.problem()).as("%s", stopped).contains(Problem.QUEUE_DISABLED);

            PrintQueues.run("cupsenable", queue);
            PrintQueues.run("cupsreject", queue);
            PrintOutcome rejecting = PRINTER.print(sheet("K7-7"), queue).get();
            assertThat(rejecting.problem()).as("%s", rejecting).contains(Problem.QUEUE_DISABLED);
            assertThat(PrintQueues.run("lpstat", "-o", queue)).isBlank(); // nothing was queued
        } finally {
            PrintQueues.run("lpadmin", "-x", queue);
        }
        assertThat(PrintQueues.run("lpstat", "-p", queue)).doesNotContain("enabled");
    }

    @Test
    void noAnswerInTimeIsTimedOut() throws Exception {
        try (SheetPrinter impatient = new SheetPrinter(Duration.ofMillis(1))) {
            PrintOutcome outcome = impatient.print(sheet("K7-8"), PrintQueues.QUEUE).get(10, TimeUnit.SECONDS);
            assertThat(outcome.problem()).contains(Problem.TIMED_OUT);
        }
    }

    /**
     * CUPS not running, as the kiosk sees it: a print client whose CUPS server does not answer.
     * (The suite's cupsd is shared with other test runs on this machine, so the test points a
     * separate process at a port where no cupsd listens instead of stopping the daemon.)
     */
    @Test
    void cupsNotRunningIsQueueMissingOrNoPrinterAndTheVerbSaysSo() throws Exception {
        Path answers = SheetSamples.SHARED.resolve("painful_but_safe.properties");
        if (!answers.toFile().exists()) {
            answers = SheetSamples.OWN.resolve("painful_but_safe.properties");
        }
        Result named = sheetVerb(answers.toString(), "--print", PrintQueues.QUEUE, "--config", "kiosk-config");
        assertThat(named.exit).isEqualTo(1);
        assertThat(named.output).contains("QUEUE_MISSING").contains(PrintQueues.QUEUE);

        Result byDefault = sheetVerb(answers.toString(), "--print", "--config", "kiosk-config");
        assertThat(byDefault.exit).isEqualTo(1);
        assertThat(byDefault.output).contains("NO_PRINTER");
    }

    private record Result(int exit, String output) {
    }

    private static Result sheetVerb(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "com.neckkiosk.app.Main", "sheet"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CUPS_SERVER", "127.0.0.1:9");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
