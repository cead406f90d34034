package com.neckkiosk.triage;

/** A fault in an answers file, as one line naming the file, the id and what is allowed. */
public final class AnswersFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public AnswersFileException(String message) {
        super(message);
    }
}
