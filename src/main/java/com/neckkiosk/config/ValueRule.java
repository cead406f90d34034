package com.neckkiosk.config;

/** Turns one setting's text into its value, or says what is allowed. */
@FunctionalInterface
interface ValueRule<T> {

    T parse(String text) throws InvalidValue;
}
