package com.neckkiosk.selftest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the kiosk's last self-test found and when: the whole test at start (or on demand), with
 * the database check brought up to date by every later re-check.
 */
public record HealthReport(List<CheckResult> results, Instant checkedAt) {

    public HealthReport {
        results = List.copyOf(results);
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /**
     * Whether a patient's answers can be kept: the kiosk's own database (for a kiosk that
     * writes to another's, the shared one) takes writes. When it cannot, the kiosk is out of
     * order rather than collect answers it would lose.
     */
    public boolean canKeepAnswers() {
        return results.stream().filter(r -> r.check().equals(SelfTest.DATABASE)).allMatch(CheckResult::ok);
    }

    public boolean allPassed() {
        return SelfTest.allPassed(results);
    }

    public List<CheckResult> failures() {
        return results.stream().filter(r -> !r.ok()).toList();
    }

    /** The checks whose verdict differs from {@code before} (all of them when there is no before): what the log tells. */
    public List<CheckResult> changedSince(HealthReport before) {
        if (before == null) {
            return results;
        }
        return results.stream().filter(now -> before.results.stream()
                .noneMatch(then -> then.check().equals(now.check()) && then.ok() == now.ok())).toList();
    }

    /** This report with its database check replaced by a newer one. */
    public HealthReport withDatabase(CheckResult database, Instant at) {
        if (!database.check().equals(SelfTest.DATABASE)) {
            throw new IllegalArgumentException("not a database check: " + database.check());
        }
        List<CheckResult> updated = new ArrayList<>(results);
        updated.removeIf(r -> r.check().equals(SelfTest.DATABASE));
        updated.add(0, database);
        return new HealthReport(updated, at);
    }
}
