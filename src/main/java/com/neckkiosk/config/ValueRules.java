package com.neckkiosk.config;

import com.neckkiosk.content.Language;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules a setting's text must follow, each with the sentence that says what is
 * allowed. The sentences end up in start-up errors, so they are written for the
 * clinic's IT person.
 */
final class ValueRules {

    static final int MIN_PASSWORD_LENGTH = 12;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}(\\.\\d{1,6})?");
    private static final Pattern KIOSK_ID = Pattern.compile("[A-Z][A-Z0-9]{0,2}");
    private static final Pattern PRINTER_QUEUE = Pattern.compile("[A-Za-z0-9_.-]{1,127}");
    private static final Pattern ALL_DIGITS = Pattern.compile("\\d+");

    private ValueRules() {
    }

    static ValueRule<Integer> wholeNumber(int min, int max) {
        return text -> {
            if (WHOLE_NUMBER.matcher(text).matches()) {
                int value = Integer.parseInt(text);
                if (value >= min && value <= max) {
                    return value;
                }
            }
            throw new InvalidValue("must be a whole number from " + min + " to " + max);
        };
    }

    /** A decimal number written with a dot, between {@code min} and {@code max} inclusive. */
    static ValueRule<Double> decimal(String min, String max) {
        BigDecimal low = new BigDecimal(min);
        BigDecimal high = new BigDecimal(max);
        return text -> {
            if (DECIMAL.matcher(text).matches()) {
                BigDecimal value = new BigDecimal(text);
                if (value.compareTo(low) >= 0 && value.compareTo(high) <= 0) {
                    return value.doubleValue();
                }
            }
            throw new InvalidValue("must be a number from " + min + " to " + max + ", with a dot for decimals"
                    + " (for example 1.25)");
        };
    }

    static ValueRule<Boolean> trueOrFalse() {
        return text -> {
            if (text.equalsIgnoreCase("true")) {
                return true;
            }
            if (text.equalsIgnoreCase("false")) {
                return false;
            }
            throw new InvalidValue("must be true or false");
        };
    }

    /** Text people read (clinic and kiosk names): not empty, no tabs or control characters. */
    static ValueRule<String> name(int maxLength) {
        return text -> {
            int length = text.codePointCount(0, text.length());
            boolean hasControl = text.codePoints().anyMatch(Character::isISOControl);
            if (length == 0 || length > maxLength || hasControl) {
                throw new InvalidValue("must be 1 to " + maxLength + " characters, without tabs or control characters");
            }
            return text;
        };
    }

    static ValueRule<String> kioskId() {
        return text -> {
            if (!KIOSK_ID.matcher(text).matches()) {
                throw new InvalidValue("must be 1 to 3 capital letters or digits, starting with a letter"
                        + " (for example K1); it starts every visit code this kiosk gives out");
            }
            return text;
        };
    }

    static ValueRule<List<Language>> languages() {
        String allowed = "allowed: a comma-separated list of " + languageCodes() + ", the first is the default";
        return text -> {
            if (text.isEmpty()) {
                throw new InvalidValue("lists no language; " + allowed);
            }
            List<Language> languages = new ArrayList<>();
            for (String entry : text.split(",", -1)) {
                String code = entry.strip().toLowerCase(Locale.ROOT);
                if (code.isEmpty()) {
                    throw new InvalidValue("has an empty entry between commas; " + allowed);
                }
                Optional<Language> language = Language.fromCode(code);
                if (language.isEmpty()) {
                    throw new InvalidValue("\"" + entry.strip() + "\" is not a language this kiosk offers; " + allowed);
                }
                if (languages.contains(language.get())) {
                    throw new InvalidValue("lists " + code + " twice; " + allowed);
                }
                languages.add(language.get());
            }
            return List.copyOf(languages);
        };
    }

    /**
     * A folder; a relative path is taken inside {@code configDir} so that a kiosk folder
     * can be moved or copied as a whole.
     */
    static ValueRule<Path> folder(Path configDir) {
        return text -> {
            if (text.isEmpty()) {
                throw new InvalidValue("must be a folder path (a relative path is taken inside the config folder)");
            }
            if (text.startsWith("~")) {
                throw new InvalidValue("\"~\" is not expanded here; write the full path, for example /var/lib/neck-kiosk");
            }
            Path folder;
            try {
                folder = configDir.resolve(text).normalize();
            } catch (InvalidPathException e) {
                throw new InvalidValue("is not a usable folder path (" + e.getReason() + ")");
            }
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new InvalidValue(folder + " is a file, not a folder; name a folder (it is created when missing)");
            }
            return folder;
        };
    }

    static ValueRule<DatabaseSettings.Mode> databaseMode() {
        return text -> {
            for (DatabaseSettings.Mode mode : DatabaseSettings.Mode.values()) {
                if (mode.name().equalsIgnoreCase(text)) {
                    return mode;
                }
            }
            throw new InvalidValue("must be embedded (this kiosk only), server (this kiosk also serves the front desk)"
                    + " or client (use the database another kiosk serves)");
        };
    }

    /** Where the database server listens: an address of this machine, or all of them. */
    static ValueRule<String> listenAddress() {
        return text -> {
            if (!NetworkAddress.isValid(text)) {
                throw new InvalidValue("must be an IP address of this machine (127.0.0.1 for this machine only,"
                        + " 0.0.0.0 for every network) or a host name");
            }
            return text;
        };
    }

    /** A database server to connect to. */
    static ValueRule<String> serverAddress() {
        return text -> {
            if (!NetworkAddress.isValid(text) || NetworkAddress.isAnyAddress(text)) {
                throw new InvalidValue("must be the IP address (for example 192.168.1.20) or host name of the"
                        + " kiosk whose db.mode is server");
            }
            return text;
        };
    }

    static ValueRule<String> password() {
        return text -> {
            int length = text.codePointCount(0, text.length());
            if (length < MIN_PASSWORD_LENGTH || text.codePoints().anyMatch(Character::isISOControl)) {
                throw new InvalidValue("must be at least " + MIN_PASSWORD_LENGTH + " characters (no tabs or control"
                        + " characters) when db.mode is server or client; use the same password on every kiosk");
            }
            return text;
        };
    }

    /** Empty means the system's default printer. */
    static ValueRule<String> printerQueue() {
        return text -> {
            if (!text.isEmpty() && !PRINTER_QUEUE.matcher(text).matches()) {
                throw new InvalidValue("must be empty (the system default printer) or a CUPS queue name of at most"
                        + " 127 letters, digits, \"_\", \".\" and \"-\" (lpstat -p lists them)");
            }
            return text;
        };
    }

    static ValueRule<PaperSize> paperSize() {
        return text -> {
            for (PaperSize size : PaperSize.values()) {
                if (size.name().equalsIgnoreCase(text)) {
                    return size;
                }
            }
            throw new InvalidValue("must be A4 or Letter");
        };
    }

    static ValueRule<String> pinHash() {
        return text -> {
            if (ALL_DIGITS.matcher(text).matches()) {
                throw new InvalidValue("looks like a plain PIN, which must never be stored; run the hash-pin command"
                        + " with the PIN and put the hash it prints here");
            }
            if (!PinHash.isWellFormed(text)) {
                throw new InvalidValue("must be a PIN hash printed by the hash-pin command"
                        + " (pbkdf2-sha256$<iterations>$<salt>$<hash>, at least " + PinHash.MIN_ITERATIONS
                        + " iterations)");
            }
            return text;
        };
    }

    private static String languageCodes() {
        return Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "));
    }
}
