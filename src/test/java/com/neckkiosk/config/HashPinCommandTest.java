package com.neckkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.app.HashPinCommand;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash-pin command, through its public entry point. */
class HashPinCommandTest {

    private static final InputStream NO_INPUT = new ByteArrayInputStream(new byte[0]);

    private final ConfigFiles.Capture out = new ConfigFiles.Capture();
    private final ConfigFiles.Capture err = new ConfigFiles.Capture();

    @Test
    void hashesThePinGivenAsArgument() {
        int exit = HashPinCommand.run(List.of("4711"), NO_INPUT, out.stream, err.stream);

        assertThat(exit).isZero();
        assertThat(err.text()).isEmpty();
        assertThat(out.lines()).singleElement().satisfies(hash -> {
            assertThat(PinHash.isWellFormed(hash)).isTrue();
            assertThat(PinHash.matches("4711".toCharArray(), hash)).isTrue();
        });
    }

    @Test
    void readsOneLineOfStandardInputWhenNoArgumentIsGiven() {
        int exit = HashPinCommand.run(List.of(), input(" 135790 \r\nignored\n"), out.stream, err.stream);

        assertThat(exit).isZero();
        assertThat(PinHash.matches("135790".toCharArray(), out.lines().get(0))).isTrue();
    }

    @Test
    void whatItPrintsLoadsAsAPinHash(@TempDir Path dir) {
        HashPinCommand.run(List.of("8642"), NO_INPUT, out.stream, err.stream);
        String hash = out.lines().get(0);

        ConfigFiles.write(dir, "staff.pin.hash = " + hash, "manager.pin.hash = " + ConfigFiles.MANAGER_HASH);
        assertThat(PinHash.matches("8642".toCharArray(), ConfigFiles.load(dir).staffPinHash())).isTrue();
    }

    @Test
    void aBadPinIsOneLineOnErrWithoutThePin() {
        int exit = HashPinCommand.run(List.of("98765432109"), NO_INPUT, out.stream, err.stream);

        assertThat(exit).isEqualTo(2);
        assertThat(out.text()).isEmpty();
        assertThat(err.lines()).containsExactly("hash-pin: not a usable PIN; a PIN is 4 to 8 digits (0-9)");
    }

    @Test
    void aBadPinOnStandardInputIsRefused() {
        assertThat(HashPinCommand.run(List.of(), input("12ab\n"), out.stream, err.stream)).isEqualTo(2);
        assertThat(err.lines()).containsExactly("hash-pin: not a usable PIN; a PIN is 4 to 8 digits (0-9)");
    }

    @Test
    void noPinAtAllIsRefused() {
        assertThat(HashPinCommand.run(List.of(), NO_INPUT, out.stream, err.stream)).isEqualTo(2);
        assertThat(out.text()).isEmpty();
        assertThat(err.lines()).containsExactly("hash-pin: no PIN given; pass it as the argument or type it on"
                + " standard input (a PIN is 4 to 8 digits (0-9))");
    }

    @Test
    void moreThanOneArgumentIsRefused() {
        assertThat(HashPinCommand.run(List.of("1234", "5678"), NO_INPUT, out.stream, err.stream)).isEqualTo(2);
        assertThat(err.lines()).singleElement().asString().startsWith("hash-pin: give one PIN");
        assertThat(err.text()).doesNotContain("1234").doesNotContain("5678");
    }

    private static InputStream input(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
