package com.neckkiosk.triage;

/** How urgent the visit is, most urgent first; the highest level that fires wins. */
public enum Disposition {
    EMERGENCY,
    URGENT,
    SEE_DOCTOR,
    SELF_CARE;

    public boolean isMoreUrgentThan(Disposition other) {
        return ordinal() < other.ordinal();
    }

    /** EMERGENCY and URGENT results alert the front desk. */
    public boolean alertsStaff() {
        return this == EMERGENCY || this == URGENT;
    }
}
