package com.neckkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.content.Language;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesBundleTest {

    @Test
    void everyLanguageHasTheSameKeysAndNoBlankValue() {
        Set<String> english = keys(Language.EN);
        assertThat(english).isNotEmpty();
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            assertThat(keys(language)).as("keys of messages_%s", language.code()).isEqualTo(english);
            for (String key : english) {
                assertThat(messages.get(key)).as("%s in %s", key, language.code()).isNotBlank();
            }
        }
    }

    @Test
    void spanishIsNotEnglish() {
        assertThat(Messages.of(Language.ES).get("help.button")).isNotEqualTo(Messages.of(Language.EN).get("help.button"));
        assertThat(Messages.of(Language.ES).format("nav.step", 3, 22)).isEqualTo("3 de 22");
    }

    private static Set<String> keys(Language language) {
        return new TreeSet<>(Collections.list(Messages.of(language).bundle().getKeys()));
    }
}
