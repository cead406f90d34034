package com.neckkiosk.ui.wizard;

import com.neckkiosk.content.ContentCatalog;
import com.neckkiosk.content.Language;
import com.neckkiosk.ui.Messages;

/** The two sources of words a screen uses: screen chrome and clinical content, one language. */
record Texts(Messages ui, ContentCatalog content) {

    static Texts of(Language language) {
        return new Texts(Messages.of(language), ContentCatalog.of(language));
    }

    String get(String key) {
        return ui.get(key);
    }

    String format(String key, Object... args) {
        return ui.format(key, args);
    }
}
