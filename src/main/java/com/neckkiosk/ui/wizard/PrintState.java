package com.neckkiosk.ui.wizard;

/** Where the patient's one print of their sheet stands, as the result card shows it. */
enum PrintState {
    /** The visit code is not stored yet (or could not be): no printing until it is. */
    UNAVAILABLE,
    /** The Print button shows. */
    READY,
    /** "Printing…" */
    PRINTING,
    /** "Please take your sheet from the printer." The button is gone: once per visit. */
    PRINTED,
    /** A calm message with the visit code: ask at the front desk for a copy. */
    FAILED
}
