package com.neckkiosk.config;

import java.util.Optional;

/**
 * Reads typed values out of a {@link SettingsFile}: the file's text when the key is
 * given, the key's default otherwise. A value that breaks its rule is noted in
 * {@link Problems} and read as {@code null}; the loader stops before building anything
 * when there is a problem, so those nulls never escape.
 */
final class SettingReader {

    /** Longer values are cut in messages so the error stays one readable line. */
    private static final int MAX_SHOWN_LENGTH = 80;

    private final SettingsFile file;
    private final Problems problems;

    SettingReader(SettingsFile file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    boolean isGiven(ConfigKey key) {
        return file.get(key).isPresent();
    }

    /** The value of a key that has a default. */
    <T> T read(ConfigKey key, ValueRule<T> rule) {
        String defaultValue = key.defaultValue()
                .orElseThrow(() -> new IllegalArgumentException(key + " has no default; use readRequired"));
        return parse(key, file.get(key), defaultValue, rule);
    }

    /** The value of a key without a default; {@code whatToAdd} tells the clinic how to add it. */
    <T> T readRequired(ConfigKey key, ValueRule<T> rule, String whatToAdd) {
        Optional<SettingLine> line = file.get(key);
        if (line.isEmpty()) {
            problems.inFile(key + " is missing; " + whatToAdd);
            return null;
        }
        return parse(key, line, null, rule);
    }

    /** Notes a problem with a key's value that its own rule cannot see (it depends on another key). */
    void problemWith(ConfigKey key, String message) {
        Optional<SettingLine> line = file.get(key);
        if (line.isPresent()) {
            problems.atLine(line.get().line(), quoted(key, line.get().value()) + ": " + message);
        } else {
            problems.inFile(quoted(key, key.defaultValue().orElse("")) + " (the default): " + message);
        }
    }

    private <T> T parse(ConfigKey key, Optional<SettingLine> line, String defaultValue, ValueRule<T> rule) {
        String text = line.map(SettingLine::value).orElse(defaultValue);
        try {
            return rule.parse(text);
        } catch (InvalidValue e) {
            String message = quoted(key, text) + ": " + e.getMessage() + commentHint(key, text);
            if (line.isPresent()) {
                problems.atLine(line.get().line(), message);
            } else {
                // only a default that no longer fits its rule gets here; tests keep that from happening
                problems.inFile(message + " (the default)");
            }
            return null;
        }
    }

    private static String quoted(ConfigKey key, String value) {
        return key + " = \"" + shown(key, value) + "\"";
    }

    /** What a message may show of a value: never a secret, never a whole page. */
    static String shown(ConfigKey key, String value) {
        if (key.isSecret()) {
            return "***";
        }
        if (value.length() > MAX_SHOWN_LENGTH) {
            return value.substring(0, MAX_SHOWN_LENGTH) + "...";
        }
        return value;
    }

    /** People write "60  # one minute"; the properties format has no comments after a value. */
    private static String commentHint(ConfigKey key, String text) {
        return !key.isSecret() && text.contains("#") ? " (a comment must be on a line of its own)" : "";
    }
}
