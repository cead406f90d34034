package com.neckkiosk.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The settings file read line by line. It is parsed here rather than with
 * {@link java.util.Properties} so that every problem can name its line, and so that
 * unknown and repeated keys are errors instead of being silently dropped or overwritten.
 *
 * <p>The format is the simple part of the properties format: blank lines, comment lines
 * starting with {@code #} or {@code !}, and {@code key = value} or {@code key: value}
 * lines, spaces around key and value dropped. Escapes and line continuations are not
 * supported; the file is UTF-8, so any letter can be written as itself.
 */
final class SettingsFile {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Map<ConfigKey, SettingLine> settings;

    private SettingsFile(Map<ConfigKey, SettingLine> settings) {
        this.settings = settings;
    }

    /** The setting's line, or empty when the file does not give the key. */
    Optional<SettingLine> get(ConfigKey key) {
        return Optional.ofNullable(settings.get(key));
    }

    /**
     * Reads the file; a missing or unreadable file is thrown at once, problems inside it
     * are added to {@code problems} and the good lines are kept.
     */
    static SettingsFile read(Path configDir, Path file, Problems problems) throws ConfigException {
        return parse(readBytes(configDir, file, problems.file()), problems);
    }

    static SettingsFile parse(byte[] content, Problems problems) {
        Map<ConfigKey, SettingLine> settings = new EnumMap<>(ConfigKey.class);
        int start = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0; // Windows editors add one
        int lineNumber = 1;
        while (start <= content.length) {
            int end = indexOf(content, (byte) '\n', start);
            int stop = end < 0 ? content.length : end;
            if (stop > start && content[stop - 1] == '\r') {
                stop--;
            }
            byte[] lineBytes = Arrays.copyOfRange(content, start, stop);
            Optional<String> text = decode(lineBytes);
            if (text.isEmpty()) {
                problems.atLine(lineNumber, "this line is not UTF-8 text; save kiosk.properties with the UTF-8 encoding");
            } else {
                parseLine(text.get(), lineNumber, settings, problems);
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
            lineNumber++;
        }
        return new SettingsFile(settings);
    }

    private static void parseLine(String text, int line, Map<ConfigKey, SettingLine> settings, Problems problems) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
            return;
        }
        int separator = firstSeparator(trimmed);
        if (separator < 0) {
            // the line itself is not shown: it may be a password written without "="
            problems.atLine(line, "not a setting: write key = value (a comment line starts with #)");
            return;
        }
        String key = trimmed.substring(0, separator).strip();
        String value = trimmed.substring(separator + 1).strip();
        if (key.isEmpty()) {
            problems.atLine(line, "no key before \"" + trimmed.charAt(separator) + "\": write key = value");
            return;
        }
        if (key.chars().anyMatch(Character::isWhitespace)) {
            // "db.password s3cret=x": what is before the separator may hold a secret, so only
            // a first word that is a known key is shown
            String firstWord = key.split("\\s+", 2)[0];
            String where = ConfigKey.named(firstWord).map(k -> k + ": ").orElse("");
            problems.atLine(line, where + "not a setting: a key has no spaces; write key = value");
            return;
        }
        if (trimmed.endsWith("\\")) {
            problems.atLine(line, key + ": the line ends with \"\\\"; line continuations are not supported,"
                    + " so put the whole value on this line");
            return;
        }
        Optional<ConfigKey> known = ConfigKey.named(key);
        if (known.isEmpty()) {
            problems.atLine(line, key + ": " + unknownKeyAdvice(key));
            return;
        }
        SettingLine earlier = settings.get(known.get());
        if (earlier != null) {
            problems.atLine(line, key + ": given twice (also on line " + earlier.line() + "); keep only one of them");
            return;
        }
        settings.put(known.get(), new SettingLine(known.get(), value, line));
    }

    private static String unknownKeyAdvice(String key) {
        return KeySuggestion.closest(key, ConfigKey.allKeys())
                .map(suggestion -> "unknown key; did you mean " + suggestion + "?")
                .orElse("unknown key; the shipped kiosk.properties and README.md list every key");
    }

    private static int firstSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' || c == ':') {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> decode(byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(strict.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static byte[] readBytes(Path configDir, Path file, String shownFile) throws ConfigException {
        String copyAdvice = "copy the shipped kiosk-config folder there, or start the kiosk with the folder"
                + " that holds kiosk.properties";
        if (!Files.exists(configDir)) {
            throw new ConfigException(shownFile + ": file not found (the folder " + configDir
                    + " does not exist; " + copyAdvice + ")");
        }
        if (!Files.isDirectory(configDir)) {
            throw new ConfigException(shownFile + ": file not found (" + configDir
                    + " is a file, not a folder; " + copyAdvice + ")");
        }
        if (!Files.exists(file)) {
            throw new ConfigException(shownFile + ": file not found (the folder " + configDir
                    + " has no kiosk.properties; copy the shipped kiosk-config/kiosk.properties there and edit it)");
        }
        if (Files.isDirectory(file)) {
            throw new ConfigException(shownFile + ": cannot read (it is a folder, not a file)");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(shownFile + ": file not found (it disappeared while being read)", e);
        } catch (AccessDeniedException e) {
            throw new ConfigException(shownFile + ": cannot read (permission denied; the account the kiosk runs"
                    + " as needs read access to it)", e);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ConfigException(shownFile + ": cannot read (" + reason + ")", e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] content, byte wanted, int from) {
        for (int i = from; i < content.length; i++) {
            if (content[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
