package com.neckkiosk.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The real CUPS queue the tests print to (set up by test-env.sh), and reading its PDFs back. */
final class PrintQueues {

    static final String QUEUE = System.getProperty("kiosk.test.printQueue", "KioskPDF");
    static final Path PDF_DIR = Path.of(System.getProperty("kiosk.test.pdfDir", "/tmp/kiosk-pdf"));

    private PrintQueues() {
    }

    static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The PDF cups-pdf wrote for a job whose name contains {@code token}, once the queue is done with it. */
    static Path pdfFor(String token) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            boolean idle = run("lpstat", "-W", "not-completed", "-o", QUEUE).isBlank();
            List<Path> found = matching(token);
            if (idle && found.size() == 1) {
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no PDF with '" + token + "' in " + PDF_DIR + " within 30 s: " + matching(token));
    }

    private static List<Path> matching(String token) {
        try (Stream<Path> files = Files.list(PDF_DIR)) {
            return files.filter(f -> f.getFileName().toString().contains(token)
                    && f.getFileName().toString().endsWith(".pdf")).toList();
        } catch (IOException e) {
            return new ArrayList<>();
        }
    }

    /** The text in drawing order, every run of white space one space; the minus sign read back as a hyphen. */
    static String text(Path pdf) {
        return run("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-").replace('\u2212', '-')
                .replaceAll("\\s+", " ");
    }

    static int pages(Path pdf) {
        return Integer.parseInt(info(pdf, "Pages"));
    }

    static String info(Path pdf, String field) {
        for (String line : run("pdfinfo", pdf.toString()).split("\n")) {
            if (line.startsWith(field + ":")) {
                return line.substring(field.length() + 1).trim();
            }
        }
        throw new AssertionError("pdfinfo gave no " + field + " for " + pdf);
    }
}
