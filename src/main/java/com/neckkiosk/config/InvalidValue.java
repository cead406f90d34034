package com.neckkiosk.config;

/** A setting's text is not allowed; the message says what is. */
final class InvalidValue extends Exception {

    InvalidValue(String whatIsAllowed) {
        super(whatIsAllowed);
    }
}
