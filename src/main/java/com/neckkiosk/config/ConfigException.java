package com.neckkiosk.config;

/**
 * A settings file the kiosk cannot start with. The message is one line meant for a
 * clinic's IT person: the file (and line), the key, the value and what is allowed,
 * for example {@code kiosk-config/kiosk.properties:12: idle.timeout.seconds = "5": must be
 * a whole number from 15 to 600}. Secrets never appear in it.
 */
public class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
