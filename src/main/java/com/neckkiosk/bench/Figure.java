package com.neckkiosk.bench;

import java.util.Locale;

/** One measured figure, printed as {@code name = value unit}. */
public record Figure(String name, double value, String unit) {

    /** The one output line, e.g. {@code startup-median-kiosk = 0.812 s}. */
    public String line() {
        return name + " = " + String.format(Locale.ROOT, pattern(), value) + " " + unit;
    }

    private String pattern() {
        switch (unit) {
            case "s":
                return "%.3f";
            case "x":
                return "%.2f";
            case "MiB":
            case "%":
                return "%.1f";
            default:
                return "%.2f";
        }
    }
}
