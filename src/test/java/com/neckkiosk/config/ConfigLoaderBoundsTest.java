package com.neckkiosk.config;

import static com.neckkiosk.config.ConfigFiles.errorFor;
import static com.neckkiosk.config.ConfigFiles.fileOf;
import static com.neckkiosk.config.ConfigFiles.loadWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every numeric key just inside and just outside its range. */
class ConfigLoaderBoundsTest {

    private static final Map<String, ToIntFunction<ClinicConfig>> WHOLE_NUMBER_KEYS = Map.of(
            "idle.timeout.seconds", ClinicConfig::idleTimeoutSeconds,
            "idle.warning.seconds", ClinicConfig::idleWarningSeconds,
            "db.server.port", c -> c.database().port(),
            "print.timeout.seconds", ClinicConfig::printTimeoutSeconds,
            "display.monitor", ClinicConfig::monitor,
            "alert.repeat.seconds", ClinicConfig::alertRepeatSeconds,
            "dashboard.refresh.seconds", ClinicConfig::dashboardRefreshSeconds);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} from {1} to {2}")
    @CsvSource({
        "idle.timeout.seconds, 15, 600",
        "idle.warning.seconds, 30, 120",
        "db.server.port, 1024, 65535",
        "print.timeout.seconds, 5, 300",
        "display.monitor, 0, 9",
        "alert.repeat.seconds, 10, 300",
        "dashboard.refresh.seconds, 10, 3600",
    })
    void wholeNumbersJustInsideAreKeptAndJustOutsideAreRefused(String key, int min, int max) {
        ToIntFunction<ClinicConfig> read = WHOLE_NUMBER_KEYS.get(key);
        String rule = "must be a whole number from " + min + " to " + max;

        assertThat(read.applyAsInt(loadWith(dir, key, String.valueOf(min)))).isEqualTo(min);
        assertThat(read.applyAsInt(loadWith(dir, key, String.valueOf(max)))).isEqualTo(max);
        assertThat(errorFor(dir, key, String.valueOf(max + 1)))
                .isEqualTo(fileOf(dir) + ":3: " + key + " = \"" + (max + 1) + "\": " + rule);
        if (min > 0) {
            assertThat(errorFor(dir, key, String.valueOf(min - 1)))
                    .isEqualTo(fileOf(dir) + ":3: " + key + " = \"" + (min - 1) + "\": " + rule);
        }
        assertThat(errorFor(dir, key, "-1")).isEqualTo(fileOf(dir) + ":3: " + key + " = \"-1\": " + rule);
    }

    @Test
    void theExampleFromTheBriefReadsExactlyLikeThis() {
        assertThat(errorFor(dir, "idle.timeout.seconds", "5"))
                .isEqualTo(fileOf(dir) + ":3: idle.timeout.seconds = \"5\": must be a whole number from 15 to 600");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sixty", "+60", "60.0", "6O", "1 000", "99999999999", "0x3C"})
    void wholeNumbersAreOnlyDigits(String value) {
        assertThat(errorFor(dir, "idle.timeout.seconds", value))
                .endsWith("idle.timeout.seconds = \"" + value + "\": must be a whole number from 15 to 600");
    }

    @Test
    void leadingZerosAreStillTheNumber() {
        assertThat(loadWith(dir, "idle.timeout.seconds", "060").idleTimeoutSeconds()).isEqualTo(60);
    }

    @Test
    void aCommentAfterAValueGetsAHint() {
        assertThat(errorFor(dir, "idle.timeout.seconds", "60  # one minute"))
                .isEqualTo(fileOf(dir) + ":3: idle.timeout.seconds = \"60  # one minute\": must be a whole number"
                        + " from 15 to 600 (a comment must be on a line of its own)");
    }

    @ParameterizedTest
    @CsvSource({"1.0, 1.0", "2.0, 2.0", "1, 1.0", "2, 2.0", "1.25, 1.25", "1.999, 1.999", "1.50, 1.5"})
    void textScaleFromOneToTwo(String value, double expected) {
        assertThat(loadWith(dir, "text.scale", value).textScale()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.99", "2.01", "2.5", "0", "1,5", "", "big", "NaN", "1e0", "-1.5", ".5", "1."})
    void textScaleOutsideOrNotANumberIsRefused(String value) {
        assertThat(errorFor(dir, "text.scale", value)).isEqualTo(fileOf(dir) + ":3: text.scale = \"" + value
                + "\": must be a number from 1.0 to 2.0, with a dot for decimals (for example 1.25)");
    }

    @Test
    void clinicNameUpToSixtyCharacters() {
        String sixty = "C".repeat(60);
        assertThat(loadWith(dir, "clinic.name", sixty).clinicName()).isEqualTo(sixty);
        assertThat(errorFor(dir, "clinic.name", sixty + "C"))
                .isEqualTo(fileOf(dir) + ":3: clinic.name = \"" + sixty + "C\": must be 1 to 60 characters,"
                        + " without tabs or control characters");
        assertThat(errorFor(dir, "clinic.name", "")).endsWith("clinic.name = \"\": must be 1 to 60 characters,"
                + " without tabs or control characters");
        assertThat(errorFor(dir, "clinic.name", "Spine\tCare")).contains("must be 1 to 60 characters");
    }

    @Test
    void lettersBeyondAsciiCountAsOneCharacterEach() {
        String sixtyAccented = "é".repeat(59) + "\uD83D\uDE00";  // the emoji is two chars but one character
        assertThat(loadWith(dir, "clinic.name", sixtyAccented).clinicName()).isEqualTo(sixtyAccented);
    }

    @Test
    void kioskNameUpToFortyCharacters() {
        String forty = "W".repeat(40);
        assertThat(loadWith(dir, "kiosk.name", forty).kioskName()).isEqualTo(forty);
        assertThat(errorFor(dir, "kiosk.name", forty + "W")).contains(":3: kiosk.name = \"" + forty + "W\": must be 1"
                + " to 40 characters");
        assertThat(errorFor(dir, "kiosk.name", "")).contains("must be 1 to 40 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "K1", "WR2", "ZZZ", "A99"})
    void kioskIdsThatFit(String id) {
        assertThat(loadWith(dir, "kiosk.id", id).kioskId()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "k1", "1K", "ABCD", "K-1", "K 1", "Ñ1"})
    void kioskIdsThatDoNotFit(String id) {
        assertThat(errorFor(dir, "kiosk.id", id)).isEqualTo(fileOf(dir) + ":3: kiosk.id = \"" + id + "\": must be"
                + " 1 to 3 capital letters or digits, starting with a letter (for example K1); it starts every"
                + " visit code this kiosk gives out");
    }

    @ParameterizedTest
    @ValueSource(strings = {"KioskPDF", "HP_LaserJet-4.1", "a", "q.-_9"})
    void printerQueueNamesThatFit(String queue) {
        assertThat(loadWith(dir, "printer.queue", queue).printerQueue()).isEqualTo(queue);
    }

    @Test
    void printerQueueUpTo127Characters() {
        String longest = "p".repeat(127);
        assertThat(loadWith(dir, "printer.queue", longest).printerQueue()).isEqualTo(longest);
        assertThat(errorFor(dir, "printer.queue", longest + "p")).contains("must be empty (the system default"
                + " printer) or a CUPS queue name of at most 127 letters, digits");
    }

    @Test
    void emptyPrinterQueueMeansTheSystemDefault() {
        assertThat(loadWith(dir, "printer.queue", "").printerQueue()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Front desk", "a/b", "lp#1", "ü-printer", "ipp://host/q"})
    void printerQueueNamesThatDoNotFit(String queue) {
        assertThat(errorFor(dir, "printer.queue", queue)).startsWith(fileOf(dir) + ":3: printer.queue = \""
                + queue + "\": must be empty (the system default printer) or a CUPS queue name");
    }

    @ParameterizedTest
    @CsvSource({"A4, A4", "a4, A4", "Letter, LETTER", "LETTER, LETTER", "letter, LETTER"})
    void paperSizeInAnyCapitalisation(String value, PaperSize expected) {
        assertThat(loadWith(dir, "paper.size", value).paperSize()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Legal", "A5", "", "US Letter"})
    void otherPaperSizesAreRefused(String value) {
        assertThat(errorFor(dir, "paper.size", value))
                .isEqualTo(fileOf(dir) + ":3: paper.size = \"" + value + "\": must be A4 or Letter");
    }

    @ParameterizedTest
    @CsvSource({"true, true", "false, false", "TRUE, true", "False, false"})
    void speechIsTrueOrFalse(String value, boolean expected) {
        assertThat(loadWith(dir, "speech.enabled", value).speech()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "1", "0", "on", ""})
    void speechRefusesOtherWords(String value) {
        assertThat(errorFor(dir, "speech.enabled", value))
                .isEqualTo(fileOf(dir) + ":3: speech.enabled = \"" + value + "\": must be true or false");
    }

    @Test
    void veryLongValuesAreCutInTheMessage() {
        String message = errorFor(dir, "paper.size", "x".repeat(500));
        assertThat(message).contains("\"" + "x".repeat(80) + "...\"").hasSizeLessThan(200);
    }
}
