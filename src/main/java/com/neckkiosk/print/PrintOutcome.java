package com.neckkiosk.print;

import com.neckkiosk.store.PrinterNotice;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * How one print job went. {@code printer} names the queue as configured, or as the system
 * default is called; {@code problem} is empty when the print system accepted the whole job.
 *
 * @param detail one line for staff and logs: what the print system said
 */
public record PrintOutcome(String printer, Optional<PrinterNotice.Problem> problem, String detail) {

    public static PrintOutcome printed(String printer) {
        return new PrintOutcome(printer, Optional.empty(), "accepted by " + printer);
    }

    public static PrintOutcome failed(String printer, PrinterNotice.Problem problem, String detail) {
        return new PrintOutcome(printer, Optional.of(problem), detail);
    }

    public boolean printed() {
        return problem.isEmpty();
    }

    /** The notice the front desk sees for a failed job; empty when it printed. */
    public Optional<PrinterNotice> notice(String kioskId, String visitCode, Instant at) {
        return problem.map(p -> new PrinterNotice(UUID.randomUUID().toString(), kioskId, visitCode,
                printer.isEmpty() ? "none" : printer, p, at, null));
    }

    @Override
    public String toString() {
        return printed() ? detail : problem.get() + " on " + printer + ": " + detail;
    }
}
