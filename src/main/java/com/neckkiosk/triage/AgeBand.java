package com.neckkiosk.triage;

public enum AgeBand {
    UNDER_18("under_18"),
    ADULT("18_64"),
    OLDER_ADULT("65_plus");

    private final String id;

    AgeBand(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
