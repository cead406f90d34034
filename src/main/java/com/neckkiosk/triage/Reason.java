package com.neckkiosk.triage;

/** One rule that fired, and whether it fired on an {@code unsure} answer. */
public record Reason(Rule rule, boolean unsure) {

    /** As the spec writes it: {@code numbness?} for an unsure answer, else the rule id. */
    public String id() {
        return unsure ? rule.id() + "?" : rule.id();
    }

    @Override
    public String toString() {
        return id();
    }
}
