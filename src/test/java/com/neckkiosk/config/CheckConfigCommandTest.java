package com.neckkiosk.config;

import static com.neckkiosk.config.ConfigFiles.withPins;
import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.app.CheckConfigCommand;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check-config command, through its public entry point. */
class CheckConfigCommandTest {

    private final ConfigFiles.Capture out = new ConfigFiles.Capture();
    private final ConfigFiles.Capture err = new ConfigFiles.Capture();

    @TempDir
    Path dir;

    @Test
    void theShippedConfigPassesWithASummaryAndWarnsAboutTheDevelopmentPins() {
        int exit = CheckConfigCommand.run(Path.of("kiosk-config"), out.stream, err.stream);

        assertThat(exit).isZero();
        assertThat(err.text()).isEmpty();
        assertThat(out.lines()).containsSubsequence(
                "kiosk-config/kiosk.properties: OK",
                "  clinic:    Clinic",
                "  kiosk:     K1 (Waiting room)",
                "  languages: en (default), es",
                "  database:  embedded, files in " + Path.of("kiosk-config/data").toAbsolutePath(),
                "  printer:   the system default printer",
                "  paper:     A4");
        assertThat(out.text())
                .contains("warning: staff.pin.hash is still the development PIN 2580")
                .contains("warning: manager.pin.hash is still the development PIN 1379")
                .doesNotContain("pbkdf2");
    }

    @Test
    void serverModeSaysWhereItListensButNeverThePassword() {
        withPins(dir, "db.mode = server", "db.server.bind = 192.168.1.20", "db.server.port = 9200",
                "db.password = correct-horse-battery", "printer.queue = FrontDesk", "paper.size = letter",
                "languages = es, en");

        int exit = CheckConfigCommand.run(dir, out.stream, err.stream);

        assertThat(exit).isZero();
        assertThat(out.lines()).contains(
                "  languages: es (default), en",
                "  database:  server, files in " + dir.resolve("data") + ", listening on 192.168.1.20:9200",
                "  printer:   CUPS queue FrontDesk",
                "  paper:     Letter");
        assertThat(out.text() + err.text()).doesNotContain("correct-horse-battery");
    }

    @Test
    void clientModeNamesTheServer() {
        withPins(dir, "db.mode = client", "db.server.host = 10.0.0.5", "db.password = correct-horse-battery");

        assertThat(CheckConfigCommand.run(dir, out.stream, err.stream)).isZero();
        assertThat(out.lines()).contains("  database:  client of the server at 10.0.0.5:9092");
    }

    @Test
    void serverModeOnLoopbackIsWarnedAbout() {
        withPins(dir, "db.mode = server", "db.password = correct-horse-battery");

        assertThat(CheckConfigCommand.run(dir, out.stream, err.stream)).isZero();
        assertThat(out.text()).contains("warning: db.mode is server but db.server.bind is 127.0.0.1");
    }

    @Test
    void theSameHashForStaffAndManagerIsWarnedAbout() {
        ConfigFiles.write(dir, "staff.pin.hash = " + ConfigFiles.STAFF_HASH,
                "manager.pin.hash = " + ConfigFiles.STAFF_HASH);

        assertThat(CheckConfigCommand.run(dir, out.stream, err.stream)).isZero();
        assertThat(out.text()).contains("warning: staff.pin.hash and manager.pin.hash are the same");
    }

    @Test
    void aProblemIsOneLineOnErrAndExitTwo() {
        withPins(dir, "idle.timeout.seconds = 5");

        int exit = CheckConfigCommand.run(dir, out.stream, err.stream);

        assertThat(exit).isEqualTo(2);
        assertThat(out.text()).isEmpty();
        assertThat(err.lines()).containsExactly(ConfigFiles.fileOf(dir)
                + ":3: idle.timeout.seconds = \"5\": must be a whole number from 15 to 600");
    }

    @Test
    void aMissingFolderIsExitTwo() {
        int exit = CheckConfigCommand.run(dir.resolve("nowhere"), out.stream, err.stream);

        assertThat(exit).isEqualTo(2);
        assertThat(err.lines()).singleElement().asString().contains("file not found");
    }

    @Test
    void aBadPasswordIsReportedWithoutIt() {
        withPins(dir, "db.mode = client", "db.password = hunter2");

        assertThat(CheckConfigCommand.run(dir, out.stream, err.stream)).isEqualTo(2);
        assertThat(err.text()).contains("db.password = \"***\"").doesNotContain("hunter2");
    }
}
