package com.neckkiosk.app;

/** Process exit codes shared by every verb. */
final class ExitCode {
    static final int OK = 0;
    /** Something went wrong while running (database, printer, display). */
    static final int FAILED = 1;
    /** Bad command line, bad answers file or bad config. */
    static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
