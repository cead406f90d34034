package com.neckkiosk.store;

/**
 * A database problem, said in one line that names the database and what went wrong in
 * plain words ({@code kiosk database /var/kiosk/data/kiosk: cannot open: the file is in use
 * by another program ...}), so the kiosk can show it and staff can act on it. The
 * original exception, when there is one, is the cause.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(oneLine(message));
    }

    public StoreException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
