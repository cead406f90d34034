package com.neckkiosk.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A printer problem the front desk should see: a patient's sheet did not print.
 *
 * @param id         random id (UUID) chosen by the kiosk, so a re-sent notice is stored once
 * @param kioskId    the kiosk whose printer failed
 * @param visitCode  the code of the patient waiting for a copy, or null (a test page, say)
 * @param printer    the print queue's name, as configured or as the system default is called
 * @param problem    what went wrong
 * @param raisedAt   when it happened
 * @param resolvedAt when staff marked it dealt with, or null while open
 */
public record PrinterNotice(
        String id,
        String kioskId,
        String visitCode,
        String printer,
        Problem problem,
        Instant raisedAt,
        Instant resolvedAt) {

    /** What went wrong, from the patient's tap to the printer's tray. */
    public enum Problem {
        /** No queue configured and no system default. */
        NO_PRINTER,
        /** The configured queue does not exist (or CUPS is not running). */
        QUEUE_MISSING,
        /** The queue exists but is stopped or not accepting jobs. */
        QUEUE_DISABLED,
        /** The print system refused the job. */
        JOB_REFUSED,
        /** The job did not complete within the configured time. */
        TIMED_OUT
    }

    public PrinterNotice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }
}
