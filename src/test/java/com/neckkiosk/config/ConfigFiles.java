package com.neckkiosk.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes settings files for tests and catches what loading them says. */
final class ConfigFiles {

    /** The shipped hashes of the development PINs 2580 and 1379 (hashing again would be slow). */
    static final String STAFF_HASH =
            "pbkdf2-sha256$210000$G/yfZC532Oqp/MotL+EfKg==$ALmxNYtH/NjuNZcEGNVHfGq8NibbLwTKAg5gncoZeks=";
    static final String MANAGER_HASH =
            "pbkdf2-sha256$210000$ZEMcPaLTA4NKvvoOA1cm8g==$w1LdampG1A01FG21khaLO5eI27j6+4oEpcrAS07ArGo=";

    /** Lines 1 and 2 of every {@link #withPins} file; the test's own lines start at line 3. */
    static final int FIRST_OWN_LINE = 3;

    private ConfigFiles() {
    }

    /** Writes kiosk.properties: the two required PIN hashes, then {@code lines}. */
    static Path withPins(Path dir, String... lines) {
        List<String> all = new ArrayList<>();
        all.add("staff.pin.hash = " + STAFF_HASH);
        all.add("manager.pin.hash = " + MANAGER_HASH);
        all.addAll(List.of(lines));
        return write(dir, all.toArray(String[]::new));
    }

    /** Writes kiosk.properties with exactly {@code lines}. */
    static Path write(Path dir, String... lines) {
        return writeBytes(dir, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static Path writeBytes(Path dir, byte[] content) {
        try {
            Files.write(dir.resolve(ConfigLoader.FILE_NAME), content);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as messages name it. */
    static String fileOf(Path dir) {
        return dir.resolve(ConfigLoader.FILE_NAME).toString();
    }

    /** The one-line message loading {@code dir} fails with. */
    static String loadError(Path dir) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> ConfigLoader.load(dir))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> thrown[0] = e);
        String message = thrown[0].getMessage();
        if (message.contains("\n") || message.contains("\r")) {
            throw new AssertionError("the message is not one line: " + message);
        }
        return message;
    }

    /** The message for {@code key = value} written on line 3 after the PIN hashes. */
    static String errorFor(Path dir, String key, String value) {
        return loadError(withPins(dir, key + " = " + value));
    }

    static ClinicConfig load(Path dir) {
        try {
            return ConfigLoader.load(dir);
        } catch (ConfigException e) {
            throw new AssertionError("expected to load, but: " + e.getMessage(), e);
        }
    }

    static ClinicConfig loadWith(Path dir, String key, String value) {
        return load(withPins(dir, key + " = " + value));
    }

    /** A PrintStream whose text can be read back. */
    static final class Capture {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        List<String> lines() {
            return text().lines().toList();
        }
    }
}
