package com.neckkiosk.config;

import static com.neckkiosk.config.ConfigFiles.errorFor;
import static com.neckkiosk.config.ConfigFiles.fileOf;
import static com.neckkiosk.config.ConfigFiles.loadError;
import static com.neckkiosk.config.ConfigFiles.loadWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.content.Language;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Languages and the PIN hashes. */
class ConfigLoaderValuesTest {

    private static final String LANGUAGES_ALLOWED = "allowed: a comma-separated list of en, es, the first is the default";
    private static final String HASH_RULE = "must be a PIN hash printed by the hash-pin command"
            + " (pbkdf2-sha256$<iterations>$<salt>$<hash>, at least 210000 iterations)";

    @TempDir
    Path dir;

    @Test
    void theFirstLanguageIsTheDefault() {
        ClinicConfig config = loadWith(dir, "languages", "es, en");

        assertThat(config.languages()).containsExactly(Language.ES, Language.EN);
        assertThat(config.defaultLanguage()).isEqualTo(Language.ES);
    }

    @Test
    void oneLanguageAloneIsFineAndCaseAndSpacesDoNotMatter() {
        assertThat(loadWith(dir, "languages", "en").languages()).containsExactly(Language.EN);
        assertThat(loadWith(dir, "languages", "ES ,  En").languages()).containsExactly(Language.ES, Language.EN);
        assertThat(loadWith(dir, "languages", "en,es").languages()).containsExactly(Language.EN, Language.ES);
    }

    @Test
    void anUnknownLanguageIsNamed() {
        assertThat(errorFor(dir, "languages", "en, de")).isEqualTo(fileOf(dir) + ":3: languages = \"en, de\":"
                + " \"de\" is not a language this kiosk offers; " + LANGUAGES_ALLOWED);
        assertThat(errorFor(dir, "languages", "english")).contains("\"english\" is not a language this kiosk offers");
    }

    @Test
    void aLanguageListedTwiceIsRefused() {
        assertThat(errorFor(dir, "languages", "en, es, EN")).isEqualTo(fileOf(dir) + ":3: languages = \"en, es, EN\":"
                + " lists en twice; " + LANGUAGES_ALLOWED);
    }

    @Test
    void anEmptyListOrEntryIsRefused() {
        assertThat(errorFor(dir, "languages", "")).isEqualTo(fileOf(dir) + ":3: languages = \"\": lists no language; "
                + LANGUAGES_ALLOWED);
        assertThat(errorFor(dir, "languages", "en,,es")).isEqualTo(fileOf(dir) + ":3: languages = \"en,,es\": has an"
                + " empty entry between commas; " + LANGUAGES_ALLOWED);
        assertThat(errorFor(dir, "languages", "en,")).contains("has an empty entry between commas");
        assertThat(errorFor(dir, "languages", ",")).contains("has an empty entry between commas");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2580", "1379", "0000", "12345678", "123"})
    void aPlainPinIsRefusedAndNotRepeated(String pin) {
        String message = loadError(ConfigFiles.write(dir,
                "staff.pin.hash = " + pin,
                "manager.pin.hash = " + ConfigFiles.MANAGER_HASH));

        assertThat(message).isEqualTo(fileOf(dir) + ":1: staff.pin.hash = \"***\": looks like a plain PIN, which must"
                + " never be stored; run the hash-pin command with the PIN and put the hash it prints here");
    }

    @Test
    void aDamagedHashIsRefused() {
        String cut = ConfigFiles.MANAGER_HASH.substring(0, ConfigFiles.MANAGER_HASH.length() - 6);
        String message = loadError(ConfigFiles.write(dir,
                "staff.pin.hash = " + ConfigFiles.STAFF_HASH,
                "manager.pin.hash = " + cut));

        assertThat(message).isEqualTo(fileOf(dir) + ":2: manager.pin.hash = \"***\": " + HASH_RULE);
    }

    @Test
    void aHashWithTooFewIterationsIsRefused() {
        String weak = ConfigFiles.STAFF_HASH.replace("$210000$", "$1000$");

        assertThat(loadError(ConfigFiles.write(dir, "staff.pin.hash = " + weak,
                "manager.pin.hash = " + ConfigFiles.MANAGER_HASH)))
                .isEqualTo(fileOf(dir) + ":1: staff.pin.hash = \"***\": " + HASH_RULE);
    }

    @Test
    void anEmptyPinHashIsRefused() {
        assertThat(loadError(ConfigFiles.write(dir, "staff.pin.hash =",
                "manager.pin.hash = " + ConfigFiles.MANAGER_HASH)))
                .isEqualTo(fileOf(dir) + ":1: staff.pin.hash = \"***\": " + HASH_RULE);
    }
}
