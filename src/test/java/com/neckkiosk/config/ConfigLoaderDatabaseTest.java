package com.neckkiosk.config;

import static com.neckkiosk.config.ConfigFiles.errorFor;
import static com.neckkiosk.config.ConfigFiles.fileOf;
import static com.neckkiosk.config.ConfigFiles.load;
import static com.neckkiosk.config.ConfigFiles.loadError;
import static com.neckkiosk.config.ConfigFiles.loadWith;
import static com.neckkiosk.config.ConfigFiles.withPins;
import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.DatabaseSettings.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** db.* and data.dir: modes, addresses, the password and where the files go. */
class ConfigLoaderDatabaseTest {

    private static final String PASSWORD = "Tr0ub4dor&3-horse";
    private static final String PASSWORD_RULE = "must be at least 12 characters (no tabs or control characters) when"
            + " db.mode is server or client; use the same password on every kiosk";

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"embedded, EMBEDDED", "server, SERVER", "client, CLIENT", "Server, SERVER", "CLIENT, CLIENT"})
    void modesInAnyCapitalisation(String value, Mode expected) {
        ClinicConfig config = load(withPins(dir, "db.mode = " + value, "db.password = " + PASSWORD));
        assertThat(config.database().mode()).isEqualTo(expected);
    }

    @Test
    void anUnknownModeIsRefused() {
        assertThat(errorFor(dir, "db.mode", "cluster")).isEqualTo(fileOf(dir) + ":3: db.mode = \"cluster\": must be"
                + " embedded (this kiosk only), server (this kiosk also serves the front desk) or client (use the"
                + " database another kiosk serves)");
    }

    @Test
    void serverModeKeepsItsAddressPortAndPassword() {
        DatabaseSettings db = load(withPins(dir, "db.mode = server", "db.server.bind = 0.0.0.0",
                "db.server.port = 9123", "db.password = " + PASSWORD)).database();

        assertThat(db.mode()).isEqualTo(Mode.SERVER);
        assertThat(db.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(db.port()).isEqualTo(9123);
        assertThat(db.password()).isEqualTo(PASSWORD);
        assertThat(db.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void clientModeKeepsTheServersAddress() {
        DatabaseSettings db = load(withPins(dir, "db.mode = client", "db.server.host = kiosk-1.clinic.lan",
                "db.password = " + PASSWORD)).database();

        assertThat(db.mode()).isEqualTo(Mode.CLIENT);
        assertThat(db.host()).isEqualTo("kiosk-1.clinic.lan");
        assertThat(db.port()).isEqualTo(9092);
        assertThat(db.password()).isEqualTo(PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"server", "client"})
    void serverAndClientNeedAPassword(String mode) {
        assertThat(loadError(withPins(dir, "db.mode = " + mode))).isEqualTo(fileOf(dir) + ":3: db.mode = \"" + mode
                + "\": needs db.password (at least 12 characters, the same on every kiosk), which is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"server", "client"})
    void aPasswordShorterThanTwelveIsRefusedWithoutShowingIt(String mode) {
        String eleven = "abcdefghijk";
        assertThat(loadError(withPins(dir, "db.mode = " + mode, "db.password = " + eleven)))
                .isEqualTo(fileOf(dir) + ":4: db.password = \"***\": " + PASSWORD_RULE);
        assertThat(loadError(withPins(dir, "db.mode = " + mode, "db.password =")))
                .isEqualTo(fileOf(dir) + ":4: db.password = \"***\": " + PASSWORD_RULE);

        String twelve = "abcdefghijkl";
        assertThat(load(withPins(dir, "db.mode = " + mode, "db.password = " + twelve)).database().password())
                .isEqualTo(twelve);
    }

    @Test
    void embeddedModeIgnoresThePassword() {
        assertThat(loadWith(dir, "db.password", "short").database().password()).isEmpty();
        assertThat(loadWith(dir, "db.password", PASSWORD).database().password()).isEmpty();
    }

    @Test
    void thePasswordNeverAppearsInAnyMessage() {
        String[][] files = {
            {"db.mode = server", "db.password = " + PASSWORD, "db.password = " + PASSWORD},
            {"db.mode = server", "db.password = " + PASSWORD + " \\"},
            {"db.mode = client", "db.pasword = " + PASSWORD},
            {"db.mode = client", "db.password " + PASSWORD},
            {"db.mode = client", "db.password " + PASSWORD + "=x"},
            {"db.mode = client", "db.password " + PASSWORD + ": x"},
            {"db.mode = client", PASSWORD + " db.password = x"},
            {"db.mode = client", "db.password = " + PASSWORD + "\tmore"},
            {"db.mode = server", "db.password = " + PASSWORD, "idle.timeout.seconds = 5"},
            {"db.mode = server", "db.password = " + PASSWORD.substring(0, 8)},
        };
        for (String[] lines : files) {
            String message = loadError(withPins(dir, lines));
            assertThat(message).doesNotContain(PASSWORD).doesNotContain(PASSWORD.substring(0, 8));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "0.0.0.0", "192.168.1.20", "::1", "::", "fe80::1", "localhost",
        "kiosk-1.clinic.lan", "K1"})
    void listenAddressesThatFit(String address) {
        assertThat(loadWith(dir, "db.server.bind", address).database().bindAddress()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "256.1.1.1", "1.2.3", "1.2.3.4.5", "my host", "-kiosk", "kiosk-", "a..b",
        "[::1]", "::g", "1:2", "host_name", "http://kiosk"})
    void listenAddressesThatDoNotFit(String address) {
        assertThat(errorFor(dir, "db.server.bind", address)).isEqualTo(fileOf(dir) + ":3: db.server.bind = \""
                + address + "\": must be an IP address of this machine (127.0.0.1 for this machine only, 0.0.0.0"
                + " for every network) or a host name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "999.0.0.1", ""})
    void aServerToConnectToMustBeARealAddress(String address) {
        assertThat(errorFor(dir, "db.server.host", address)).isEqualTo(fileOf(dir) + ":3: db.server.host = \""
                + address + "\": must be the IP address (for example 192.168.1.20) or host name of the kiosk whose"
                + " db.mode is server");
    }

    @Test
    void aRelativeDataFolderIsInsideTheConfigFolder() {
        assertThat(loadWith(dir, "data.dir", "visits").database().dataDir()).isEqualTo(dir.resolve("visits"));
        assertThat(loadWith(dir, "data.dir", "store/h2").database().dataDir()).isEqualTo(dir.resolve("store/h2"));
        assertThat(loadWith(dir, "data.dir", "../shared").database().dataDir())
                .isEqualTo(dir.getParent().resolve("shared"));
    }

    @Test
    void aRelativeDataFolderFollowsARelativeConfigFolder() {
        Path relative = Path.of("").toAbsolutePath().relativize(dir);
        withPins(dir, "data.dir = data");

        assertThat(load(relative).database().dataDir()).isEqualTo(relative.resolve("data"));
    }

    @Test
    void anAbsoluteDataFolderStaysWhereItIs() {
        assertThat(loadWith(dir, "data.dir", "/var/lib/neck-kiosk").database().dataDir())
                .isEqualTo(Path.of("/var/lib/neck-kiosk"));
    }

    @Test
    void aDataFolderThatIsAFileIsRefused() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "x");

        assertThat(errorFor(dir, "data.dir", "notes.txt")).isEqualTo(fileOf(dir) + ":3: data.dir = \"notes.txt\": "
                + dir.resolve("notes.txt") + " is a file, not a folder; name a folder (it is created when missing)");
    }

    @Test
    void homeFolderShorthandAndEmptyAreRefused() {
        assertThat(errorFor(dir, "data.dir", "~/kiosk-data")).isEqualTo(fileOf(dir) + ":3: data.dir = \"~/kiosk-data\":"
                + " \"~\" is not expanded here; write the full path, for example /var/lib/neck-kiosk");
        assertThat(errorFor(dir, "data.dir", "")).isEqualTo(fileOf(dir) + ":3: data.dir = \"\": must be a folder path"
                + " (a relative path is taken inside the config folder)");
    }
}
