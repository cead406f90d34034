package com.neckkiosk.triage;

/** The exercise programme from the first source article, in the order a sheet lists them. */
public enum Exercise {
    HEAD_ROTATION_RESISTANCE("head_rotation_resistance", false),
    OSTRICH("ostrich", true),
    POSTERIOR_SHOULDER_STRETCH("posterior_shoulder_stretch", true),
    BALLOON_DANCE("balloon_dance", false);

    private final String id;
    private final boolean gentle;

    Exercise(String id, boolean gentle) {
        this.id = id;
        this.gentle = gentle;
    }

    public String id() {
        return id;
    }

    /** Part of the gentle programme given when pain is high or a doctor should be seen. */
    public boolean gentle() {
        return gentle;
    }
}
