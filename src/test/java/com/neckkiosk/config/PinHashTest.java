package com.neckkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinHashTest {

    /** One hash made once: each hash takes a noticeable fraction of a second. */
    private static String hashOf4711;

    @BeforeAll
    static void hashOnce() {
        hashOf4711 = PinHash.hash("4711".toCharArray());
    }

    @Test
    void theRightPinMatches() {
        assertThat(PinHash.matches("4711".toCharArray(), hashOf4711)).isTrue();
    }

    @Test
    void aWrongPinDoesNotMatch() {
        assertThat(PinHash.matches("4712".toCharArray(), hashOf4711)).isFalse();
        assertThat(PinHash.matches("47110".toCharArray(), hashOf4711)).isFalse();
    }

    @Test
    void hashesHaveTheDocumentedShape() {
        String[] parts = hashOf4711.split("\\$");

        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(PinHash.isWellFormed(hashOf4711)).isTrue();
    }

    @Test
    void theSamePinHashesDifferentlyEachTimeAndBothMatch() {
        String again = PinHash.hash("4711".toCharArray());

        assertThat(again).isNotEqualTo(hashOf4711);
        assertThat(PinHash.matches("4711".toCharArray(), again)).isTrue();
    }

    @Test
    void eightDigitsAndLeadingZerosWork() {
        String hash = PinHash.hash("00001234".toCharArray());

        assertThat(PinHash.matches("00001234".toCharArray(), hash)).isTrue();
        assertThat(PinHash.matches("1234".toCharArray(), hash)).isFalse();
    }

    @Test
    void aTamperedHashNoLongerMatches() {
        String[] parts = hashOf4711.split("\\$");
        String otherHash = parts[0] + "$" + parts[1] + "$" + parts[2] + "$" + flipFirstCharacter(parts[3]);
        String otherSalt = parts[0] + "$" + parts[1] + "$" + flipFirstCharacter(parts[2]) + "$" + parts[3];
        String otherIterations = parts[0] + "$" + (Integer.parseInt(parts[1]) + 1) + "$" + parts[2] + "$" + parts[3];

        assertThat(PinHash.matches("4711".toCharArray(), otherHash)).isFalse();
        assertThat(PinHash.matches("4711".toCharArray(), otherSalt)).isFalse();
        assertThat(PinHash.matches("4711".toCharArray(), otherIterations)).isFalse();
    }

    @Test
    void theDevelopmentPinsMatchTheShippedHashes() {
        assertThat(PinHash.matches("2580".toCharArray(), ConfigFiles.STAFF_HASH)).isTrue();
        assertThat(PinHash.matches("1379".toCharArray(), ConfigFiles.MANAGER_HASH)).isTrue();
        assertThat(PinHash.matches("1379".toCharArray(), ConfigFiles.STAFF_HASH)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "123456789", "12a4", " 1234", "1234 ", "12-34", "١٢٣٤", "１２３４"})
    void onlyFourToEightAsciiDigitsAreHashed(String pin) {
        assertThat(PinHash.isValidPin(pin.toCharArray())).isFalse();
        assertThatThrownBy(() -> PinHash.hash(pin.toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a PIN must be 4 to 8 digits");
    }

    @Test
    void badPinsOrHashesNeverMatch() {
        assertThat(PinHash.matches(null, hashOf4711)).isFalse();
        assertThat(PinHash.matches("47".toCharArray(), hashOf4711)).isFalse();
        assertThat(PinHash.matches("4711".toCharArray(), null)).isFalse();
        assertThat(PinHash.matches("4711".toCharArray(), "4711")).isFalse();
    }

    @Test
    void hashingLeavesTheCallersPinAlone() {
        char[] pin = "2468".toCharArray();
        PinHash.matches(pin, hashOf4711);

        assertThat(pin).containsExactly('2', '4', '6', '8');
    }

    @Test
    void wellFormedChecksEveryPart() {
        String[] p = hashOf4711.split("\\$");
        String salt = p[2];
        String hash = p[3];

        assertThat(PinHash.isWellFormed(null)).isFalse();
        assertThat(PinHash.isWellFormed("")).isFalse();
        assertThat(PinHash.isWellFormed("4711")).isFalse();
        assertThat(PinHash.isWellFormed("pbkdf2-sha1$210000$" + salt + "$" + hash)).isFalse();
        assertThat(PinHash.isWellFormed("pbkdf2-sha256$210000$" + salt)).isFalse();
        assertThat(PinHash.isWellFormed("pbkdf2-sha256$210000$" + salt + "$" + hash + "$")).isFalse();
        assertThat(PinHash.isWellFormed("pbkdf2-sha256$209999$" + salt + "$" + hash)).isFalse();
        assertThat(PinHash.isWellFormed("pbkdf2-sha256$10000001$" + salt + "$" + hash)).isFalse();
        assertThat(PinHash.isWellFormed("pbkdf2-sha256$0210000$" + salt + "$" + hash)).isFalse();
        assertThat(PinHash.isWellFormed("pbkdf2-sha256$210k$" + salt + "$" + hash)).isFalse();
        assertThat(PinHash.isWellFormed("pbkdf2-sha256$210000$" + salt + "$" + hash + "!")).isFalse();
        assertThat(PinHash.isWellFormed("pbkdf2-sha256$210000$" + salt + "$" + base64(31))).isFalse();
        assertThat(PinHash.isWellFormed("pbkdf2-sha256$210000$" + base64(8) + "$" + hash)).isFalse();
        assertThat(PinHash.isWellFormed(" " + hashOf4711)).isFalse();

        assertThat(PinHash.isWellFormed("pbkdf2-sha256$10000000$" + salt + "$" + hash)).isTrue();
        assertThat(PinHash.isWellFormed("pbkdf2-sha256$600000$" + base64(32) + "$" + hash)).isTrue();
    }

    private static String base64(int bytes) {
        return Base64.getEncoder().encodeToString(new byte[bytes]);
    }

    private static String flipFirstCharacter(String base64) {
        char first = base64.charAt(0);
        return (first == 'A' ? 'B' : 'A') + base64.substring(1);
    }
}
