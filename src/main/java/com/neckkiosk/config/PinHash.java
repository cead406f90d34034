package com.neckkiosk.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Staff and manager PINs as the settings file stores them: salted PBKDF2-HMAC-SHA256,
 * written {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>}.
 *
 * <p>A 4 to 8 digit PIN has few possible values, so the hash only keeps the PIN from
 * being read off the file at a glance; the file itself must stay readable only by the
 * kiosk's account, and the screens that ask for a PIN should slow down repeated wrong
 * guesses. Hashing takes a noticeable fraction of a second on purpose: never call
 * {@link #hash} or {@link #matches} on the event dispatch thread.
 */
public final class PinHash {

    /** Iterations for new hashes: a fraction of a second per check on an ordinary PC. */
    public static final int ITERATIONS = 210_000;
    /** Older or hand-made hashes with fewer iterations are refused. */
    public static final int MIN_ITERATIONS = 210_000;
    /** More than this would make every PIN check hang the staff screen for many seconds. */
    public static final int MAX_ITERATIONS = 10_000_000;

    public static final int MIN_PIN_DIGITS = 4;
    public static final int MAX_PIN_DIGITS = 8;

    static final String PREFIX = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern ITERATION_DIGITS = Pattern.compile("[1-9]\\d{0,7}");

    /** Only {@code hash} needs it: reading the settings at start-up does not set up the security providers. */
    private static final class Salts {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    private PinHash() {
    }

    /**
     * A new hash of {@code pin} with a fresh random salt. The caller still owns
     * {@code pin} and should clear it when done.
     *
     * @throws IllegalArgumentException when the PIN is not 4 to 8 digits
     */
    public static String hash(char[] pin) {
        if (!isValidPin(pin)) {
            throw new IllegalArgumentException("a PIN must be " + MIN_PIN_DIGITS + " to " + MAX_PIN_DIGITS + " digits");
        }
        byte[] salt = new byte[SALT_BYTES];
        Salts.RANDOM.nextBytes(salt);
        byte[] hash = derive(pin, salt, ITERATIONS, HASH_BYTES);
        try {
            Base64.Encoder base64 = Base64.getEncoder();
            return PREFIX + "$" + ITERATIONS + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
        } finally {
            Arrays.fill(hash, (byte) 0);
        }
    }

    /**
     * Whether {@code pin} is the PIN {@code stored} was made from. A malformed stored hash
     * or a PIN that is not 4 to 8 digits never matches. The comparison takes the same
     * time wherever the hashes differ.
     */
    public static boolean matches(char[] pin, String stored) {
        if (pin == null || !isValidPin(pin) || !isWellFormed(stored)) {
            return false;
        }
        String[] parts = stored.split("\\$");
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(pin, salt, iterations, expected.length);
        try {
            return MessageDigest.isEqual(expected, actual);
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }

    /**
     * Whether {@code stored} has the shape {@link #hash} produces: the prefix, an
     * iteration count from {@link #MIN_ITERATIONS} to {@link #MAX_ITERATIONS}, a salt of
     * at least 16 bytes and a 32-byte hash, both standard base64.
     */
    public static boolean isWellFormed(String stored) {
        if (stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(PREFIX) || !ITERATION_DIGITS.matcher(parts[1]).matches()) {
            return false;
        }
        int iterations = Integer.parseInt(parts[1]);
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(parts[2]).length >= SALT_BYTES
                    && Base64.getDecoder().decode(parts[3]).length == HASH_BYTES;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** A PIN is 4 to 8 ASCII digits. */
    public static boolean isValidPin(char[] pin) {
        if (pin == null || pin.length < MIN_PIN_DIGITS || pin.length > MAX_PIN_DIGITS) {
            return false;
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
