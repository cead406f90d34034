package com.neckkiosk.store;

import com.neckkiosk.triage.Disposition;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An urgent alert for the front desk.
 *
 * @param id             random id (UUID) chosen by the kiosk, so a re-sent alert is stored once
 * @param visitId        the visit that raised it
 * @param level          EMERGENCY or URGENT
 * @param reasons        reason ids ({@code help_requested}, {@code numbness?}, ...)
 * @param visitCode      the code the patient shows at the desk
 * @param kioskId        which kiosk raised it
 * @param raisedAt       when it was raised (operational; coarsened to the hour after the day)
 * @param acknowledgedAt when staff acknowledged it, or null while open
 */
public record AlertRecord(
        String id,
        String visitId,
        Disposition level,
        List<String> reasons,
        String visitCode,
        String kioskId,
        Instant raisedAt,
        Instant acknowledgedAt) {

    public AlertRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(visitId, "visitId");
        if (level == null || !level.alertsStaff()) {
            throw new IllegalArgumentException("an alert is EMERGENCY or URGENT, not " + level);
        }
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(visitCode, "visitCode");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    public boolean isOpen() {
        return acknowledgedAt == null;
    }
}
