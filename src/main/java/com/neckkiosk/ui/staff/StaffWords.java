package com.neckkiosk.ui.staff;

import com.neckkiosk.ui.PinPad;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The console's words, from {@code ui/staff/staff.properties}. */
final class StaffWords {

    static final String BUNDLE = "com.neckkiosk.ui.staff.staff";

    private final ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new MissingResourceException("No text '" + key + "' in " + BUNDLE + ".properties", BUNDLE, key);
        }
    }

    String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.ENGLISH).format(args);
    }

    PinPad.Words pad(String enterKey) {
        return new PinPad.Words(get("pad.clear"), get("pad.back"), get(enterKey), get("pad.empty"), get("pad.typed"));
    }
}
