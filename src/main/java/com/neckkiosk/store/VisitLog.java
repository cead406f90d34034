package com.neckkiosk.store;

import java.time.LocalDate;

/**
 * What the kiosk writes as patients use it. Calls block on the database: never call them
 * on the event dispatch thread.
 */
public interface VisitLog {

    /** Saves the visit; saving the same id again replaces it (outcome, sheet status...). */
    void save(VisitRecord visit);

    /** Saves the visit and its alert in one transaction: both are stored, or neither. */
    void saveWithAlert(VisitRecord visit, AlertRecord alert);

    /**
     * A short code for a visit, unique for this kiosk and day, e.g. {@code K7-42}:
     * the kiosk id, a dash, a number counting up from 1 each day.
     */
    String nextVisitCode(String kioskId, LocalDate day);

    /**
     * Records a printer problem for the front desk and the statistics. Logs that cannot keep
     * notices say so loudly rather than drop one.
     */
    default void recordPrinterNotice(PrinterNotice notice) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot record printer notices");
    }
}
