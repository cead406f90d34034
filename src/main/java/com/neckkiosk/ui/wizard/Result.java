package com.neckkiosk.ui.wizard;

import com.neckkiosk.triage.Assessment;

/**
 * The result card's state: the assessment, and how writing the visit (and alert) went.
 * Only {@link Delivery#SAVED} lets an EMERGENCY or URGENT card say the front desk was told.
 */
record Result(Assessment assessment, Delivery delivery, String visitCode) {

    enum Delivery {
        /** Writing in the background; the card shows a short "one moment". */
        PENDING,
        /** Stored (with the alert, if any); {@code visitCode} is set. */
        SAVED,
        /** The store failed: the patient is told to go to the front desk. */
        FAILED
    }

    static Result pending(Assessment assessment) {
        return new Result(assessment, Delivery.PENDING, null);
    }

    Result saved(String code) {
        return new Result(assessment, Delivery.SAVED, code);
    }

    Result failed() {
        return new Result(assessment, Delivery.FAILED, null);
    }
}
