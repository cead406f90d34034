package com.neckkiosk.ui.wizard;

/** The wizard's pages; a QUESTION page also names its question. */
public enum Page {
    ATTRACT("attract"),
    INTRO("intro"),
    QUESTION("question"),
    HELP_CONFIRM("help_confirm"),
    RESULT("result");

    private final String id;

    Page(String id) {
        this.id = id;
    }

    /** As the visit log writes the last step ({@code intro}, {@code result}, ...). */
    public String id() {
        return id;
    }
}
