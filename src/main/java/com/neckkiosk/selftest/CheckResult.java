package com.neckkiosk.selftest;

import java.util.Objects;

/**
 * One self-test check: its name, whether it passed, and in words what was found or what is
 * wrong, naming the device (folder, print queue, server address, program).
 */
public record CheckResult(String check, boolean ok, String detail) {

    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(detail, "detail");
    }

    public static CheckResult passed(String check, String detail) {
        return new CheckResult(check, true, detail);
    }

    public static CheckResult failed(String check, String problem) {
        return new CheckResult(check, false, problem);
    }

    /** "ok      printer   ..." or "FAILED  printer   ...". */
    public String line() {
        return String.format("%-7s %-9s %s", ok ? "ok" : "FAILED", check, detail);
    }
}
