package com.neckkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code self-test} prints one line per check and exits 1 when one fails. */
class SelfTestCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aMissingQueueFailsTheSelfTest(@TempDir Path config) throws Exception {
        String shipped = Files.readString(Path.of("kiosk-config/kiosk.properties"));
        Files.writeString(config.resolve("kiosk.properties"), shipped
                .replace("printer.queue =\n", "printer.queue = NoSuchQueueForSelfTest\n")
                .replace("speech.enabled = true", "speech.enabled = false"));
        assertThat(run("self-test", "--config", config.toString())).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(String.join("\n",
                "ok      database  the data folder " + config.resolve("data") + " and its database can be written",
                "FAILED  printer   the print queue NoSuchQueueForSelfTest does not exist in CUPS (lpstat -p lists the queues)",
                "ok      speech    read aloud is off in the settings (speech.enabled = false)", ""));
    }

    @Test
    void takesNoArguments() {
        assertThat(run("self-test", "now")).isEqualTo(2);
        assertThat(err.toString()).startsWith("self-test: unexpected 'now'");
    }
}
