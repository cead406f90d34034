package com.neckkiosk.triage;

/** The answer to a warning-sign question. {@code UNSURE} counts as {@code YES}: safety first. */
public enum Reply {
    YES("yes"),
    NO("no"),
    UNSURE("unsure");

    private final String id;

    Reply(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The spec's f(x): yes or unsure. */
    public boolean flagged() {
        return this != NO;
    }
}
