package com.neckkiosk.content;

import java.util.Locale;
import java.util.Optional;

/** The languages the kiosk speaks; each is named in itself on the language buttons. */
public enum Language {
    EN("en", "English"),
    ES("es", "Español");

    private final String code;
    private final String ownName;

    Language(String code, String ownName) {
        this.code = code;
        this.ownName = ownName;
    }

    /** ISO 639-1 code, as in config files and the store: {@code en}, {@code es}. */
    public String code() {
        return code;
    }

    /** The language's name in itself: "English", "Español". */
    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
