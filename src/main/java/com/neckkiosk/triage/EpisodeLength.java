package com.neckkiosk.triage;

/** How long this episode of neck pain has lasted (the spec's {@code duration}). */
public enum EpisodeLength {
    MINUTES("minutes"),
    HOURS("hours"),
    DAYS("days"),
    WEEKS("weeks"),
    MONTHS("months");

    private final String id;

    EpisodeLength(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Weeks or months: worth raising with the doctor. */
    public boolean isLong() {
        return this == WEEKS || this == MONTHS;
    }
}
