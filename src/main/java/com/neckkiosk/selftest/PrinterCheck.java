package com.neckkiosk.selftest;

import com.neckkiosk.store.PrinterNotice.Problem;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The sheet's print queue, asked of CUPS with {@code lpstat} (Java's print services come
 * from CUPS too, but cache the list and say nothing of a stopped queue): it exists, it is
 * enabled (not stopped), and it accepts jobs. An empty queue name means the system default.
 */
final class PrinterCheck {

    private PrinterCheck() {
    }

    static CheckResult check(String configuredQueue) {
        return examine(configuredQueue).result();
    }

    static PrinterFinding examine(String configuredQueue) {
        String named = configuredQueue.isEmpty() ? "none" : configuredQueue;
        try {
            Commands.Output scheduler = Commands.run(List.of("lpstat", "-r"));
            if (!scheduler.text().contains("scheduler is running")) {
                return failed(named, Problem.QUEUE_MISSING, "CUPS, the print system, is not running ("
                        + scheduler.text() + ")");
            }
            String queue = configuredQueue;
            if (queue.isEmpty()) {
                Commands.Output dflt = Commands.run(List.of("lpstat", "-d"));
                int colon = dflt.text().indexOf("system default destination: ");
                if (colon < 0) {
                    return failed(named, Problem.NO_PRINTER, "printer.queue is empty (the system default printer)"
                            + " but CUPS has no default printer; set printer.queue or run lpadmin -d QUEUE");
                }
                queue = dflt.text().substring(colon + "system default destination: ".length()).strip();
            }
            Commands.Output state = Commands.run(List.of("lpstat", "-p", queue));
            if (state.exitCode() != 0 || !state.text().startsWith("printer " + queue + " ")) {
                return failed(queue, Problem.QUEUE_MISSING, "the print queue " + queue
                        + " does not exist in CUPS (lpstat -p lists the queues)");
            }
            if (state.text().contains(" disabled since ")) {
                return failed(queue, Problem.QUEUE_DISABLED, "the print queue " + queue + " is disabled (stopped)"
                        + reason(state.text()) + "; fix the printer, then enable it with: cupsenable " + queue);
            }
            Commands.Output accepting = Commands.run(List.of("lpstat", "-a", queue));
            if (!accepting.text().contains(queue + " accepting requests")) {
                return failed(queue, Problem.QUEUE_DISABLED, "the print queue " + queue
                        + " does not accept jobs; allow them with: cupsaccept " + queue);
            }
            return new PrinterFinding(CheckResult.passed(SelfTest.PRINTER, "the print queue " + queue
                    + " is enabled and accepts jobs"), queue, Optional.empty());
        } catch (IOException e) {
            return failed(named, Problem.QUEUE_MISSING, "cannot ask CUPS about the print queue (" + e.getMessage()
                    + "); is the cups-client package installed?");
        }
    }

    /** CUPS gives the reason a queue stopped on the line after "disabled since". */
    private static String reason(String lpstat) {
        String[] lines = lpstat.split("\n");
        return lines.length > 1 && !lines[1].isBlank() ? " (" + lines[1].strip() + ")" : "";
    }

    private static PrinterFinding failed(String queue, Problem problem, String detail) {
        return new PrinterFinding(CheckResult.failed(SelfTest.PRINTER, detail), queue, Optional.of(problem));
    }
}
