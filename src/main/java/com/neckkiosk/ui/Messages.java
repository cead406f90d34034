package com.neckkiosk.ui;

import com.neckkiosk.content.Language;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The screen chrome's words (buttons, intro, result cards, idle overlay) in one language,
 * from {@code ui/messages_<code>.properties} (UTF-8, Java 9+). Clinical words come from the content catalogue.
 */
public final class Messages {

    static final String BUNDLE = "com.neckkiosk.ui.messages";

    private static final Map<Language, Messages> LOADED = new EnumMap<>(Language.class);

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** The messages for a language, loaded once; never falls back to another language. */
    public static synchronized Messages of(Language language) {
        return LOADED.computeIfAbsent(language, l -> new Messages(l, ResourceBundle.getBundle(
                BUNDLE, l.locale(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
    }

    public Language language() {
        return language;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new MissingResourceException(
                    "No text '" + key + "' in " + BUNDLE + "_" + language.code() + ".properties", BUNDLE, key);
        }
    }

    /** Whether there is a text for this key (asking {@link #get} would fail otherwise). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A message with {@code {0}}-style arguments, numbers written the language's way. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), language.locale()).format(args);
    }

    ResourceBundle bundle() {
        return bundle;
    }
}
