package com.neckkiosk.alerts;

import com.neckkiosk.content.ContentCatalog;
import com.neckkiosk.store.AlertRecord;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.triage.Rule;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One alert as the front desk reads it: the level in words, the visit code, the kiosk's
 * name, the reasons in staff wording, and how long the patient has waited. Built from the
 * stored ids; the console only lays it out.
 */
public record AlertView(
        String id,
        Disposition level,
        String levelWords,
        String visitCode,
        String kioskName,
        List<String> reasons,
        Instant raisedAt,
        Instant acknowledgedAt) {

    /** The reason of alerts raised by {@code test-alert}, to check the front desk hears them. */
    public static final String TEST_REASON = "test_alert";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    public AlertView {
        reasons = List.copyOf(reasons);
    }

    /**
     * @param kioskNames kiosk id to the name staff know it by; a kiosk missing from it shows its id
     */
    public static AlertView of(AlertRecord alert, Map<String, String> kioskNames, ContentCatalog staffWords) {
        List<String> reasons = new ArrayList<>();
        for (String id : alert.reasons()) {
            reasons.add(reasonWords(id, staffWords));
        }
        return new AlertView(alert.id(), alert.level(), levelWords(alert.level()), alert.visitCode(),
                kioskNames.getOrDefault(alert.kioskId(), alert.kioskId()), reasons, alert.raisedAt(),
                alert.acknowledgedAt());
    }

    /** Capitals, so the level reads at a glance without its colour. */
    public static String levelWords(Disposition level) {
        return level == Disposition.EMERGENCY ? "EMERGENCY" : "URGENT";
    }

    /** A reason id in staff wording; {@code numbness?} (an unsure answer) gets "(not sure)". */
    static String reasonWords(String id, ContentCatalog staffWords) {
        if (id.equals(TEST_REASON)) {
            return "TEST ALERT from the test-alert command, not a patient";
        }
        boolean unsure = id.endsWith("?");
        String bare = unsure ? id.substring(0, id.length() - 1) : id;
        for (Rule rule : Rule.values()) {
            if (rule.id().equals(bare)) {
                return staffWords.staffReason(rule) + (unsure ? " (not sure)" : "");
            }
        }
        return id; // a reason from a newer kiosk version: its id is still better than nothing
    }

    public boolean isOpen() {
        return acknowledgedAt == null;
    }

    public String waiting(Instant now) {
        return Waiting.text(raisedAt, now);
    }

    /** "acknowledged 10:42", in the console's time zone. */
    public String acknowledgedWords(ZoneId zone) {
        return acknowledgedAt == null ? "" : "acknowledged " + LocalTime.ofInstant(acknowledgedAt, zone).format(CLOCK);
    }

    /** "raised 10:40". */
    public String raisedWords(ZoneId zone) {
        return "raised " + LocalTime.ofInstant(raisedAt, zone).format(CLOCK);
    }
}
