package com.neckkiosk.selftest;

import com.neckkiosk.store.PrinterNotice;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The printer check's verdict, with the queue it asked about and, when it failed, the kind of
 * problem in the front desk's terms, so a kiosk can tell the desk before a patient finds out.
 */
public record PrinterFinding(CheckResult result, String queue, Optional<PrinterNotice.Problem> problem) {

    /** The notice for the front desk's console (no patient waits for it), when the check failed. */
    public Optional<PrinterNotice> notice(String kioskId, Instant at) {
        return problem.map(kind -> new PrinterNotice(UUID.randomUUID().toString(), kioskId, null, queue, kind, at, null));
    }
}
