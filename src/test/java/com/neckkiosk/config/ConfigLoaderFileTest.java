package com.neckkiosk.config;

import static com.neckkiosk.config.ConfigFiles.fileOf;
import static com.neckkiosk.config.ConfigFiles.load;
import static com.neckkiosk.config.ConfigFiles.loadError;
import static com.neckkiosk.config.ConfigFiles.withPins;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file itself: finding it, reading it, and the line format. */
class ConfigLoaderFileTest {

    @TempDir
    Path dir;

    @Test
    void equalsColonSpacesCommentsAndBlankLinesAreAllFine() {
        ClinicConfig config = load(withPins(dir,
                "",
                "# a comment",
                "   ! another comment",
                "clinic.name=Spine Care",
                "kiosk.name :  Lobby  ",
                "   kiosk.id   =   K7   ",
                "\t",
                "languages: es"));

        assertThat(config.clinicName()).isEqualTo("Spine Care");
        assertThat(config.kioskName()).isEqualTo("Lobby");
        assertThat(config.kioskId()).isEqualTo("K7");
        assertThat(config.languages()).extracting(l -> l.code()).containsExactly("es");
    }

    @Test
    void onlyTheFirstSeparatorSplitsKeyFromValue() {
        ClinicConfig config = load(withPins(dir, "clinic.name = Dr. Ruiz: Neck = Back #1"));

        assertThat(config.clinicName()).isEqualTo("Dr. Ruiz: Neck = Back #1");
    }

    @Test
    void lettersBeyondAsciiAreReadAsUtf8() {
        assertThat(load(withPins(dir, "clinic.name = Clínica Cervical Núñez")).clinicName())
                .isEqualTo("Clínica Cervical Núñez");
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreFine() {
        String text = "\uFEFFstaff.pin.hash = " + ConfigFiles.STAFF_HASH + "\r\n"
                + "manager.pin.hash = " + ConfigFiles.MANAGER_HASH + "\r\n"
                + "clinic.name = Clínica\r\n";
        ClinicConfig config = load(ConfigFiles.writeBytes(dir, text.getBytes(StandardCharsets.UTF_8)));

        assertThat(config.clinicName()).isEqualTo("Clínica");
    }

    @Test
    void aFileWithoutAFinalLineEndIsFine() {
        String text = "staff.pin.hash = " + ConfigFiles.STAFF_HASH + "\nmanager.pin.hash = " + ConfigFiles.MANAGER_HASH;
        assertThat(load(ConfigFiles.writeBytes(dir, text.getBytes(StandardCharsets.UTF_8))).kioskId()).isEqualTo("K1");
    }

    @Test
    void aLineThatIsNotUtf8IsNamed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("staff.pin.hash = " + ConfigFiles.STAFF_HASH + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(("manager.pin.hash = " + ConfigFiles.MANAGER_HASH + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("clinic.name = Cl\u00EDnica\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(loadError(ConfigFiles.writeBytes(dir, bytes.toByteArray()))).isEqualTo(fileOf(dir)
                + ":3: this line is not UTF-8 text; save kiosk.properties with the UTF-8 encoding");
    }

    @Test
    void anUnknownKeySuggestsTheClosestKnownOne() {
        assertThat(loadError(withPins(dir, "idle.timout.seconds = 60")))
                .isEqualTo(fileOf(dir) + ":3: idle.timout.seconds: unknown key; did you mean idle.timeout.seconds?");
    }

    @Test
    void suggestionsIgnoreCaseAndCompleteAShortenedKey() {
        assertThat(loadError(withPins(dir, "Clinic.Name = X"))).endsWith("did you mean clinic.name?");
        assertThat(loadError(withPins(dir, "printer = HP"))).endsWith("did you mean printer.queue?");
        assertThat(loadError(withPins(dir, "speech = true"))).endsWith("did you mean speech.enabled?");
        assertThat(loadError(withPins(dir, "languagues = en"))).endsWith("did you mean languages?");
    }

    @Test
    void anUnknownKeyFarFromAnyKnownOneGetsNoGuess() {
        assertThat(loadError(withPins(dir, "colour = blue"))).isEqualTo(fileOf(dir)
                + ":3: colour: unknown key; the shipped kiosk.properties and README.md list every key");
    }

    @Test
    void aKeyGivenTwiceNamesBothLines() {
        assertThat(loadError(withPins(dir, "idle.timeout.seconds = 60", "# later", "idle.timeout.seconds = 90")))
                .isEqualTo(fileOf(dir) + ":5: idle.timeout.seconds: given twice (also on line 3); keep only one of them");
    }

    @Test
    void aLineWithoutSeparatorIsNotASetting() {
        assertThat(loadError(withPins(dir, "clinic.name Spine Care"))).isEqualTo(fileOf(dir)
                + ":3: not a setting: write key = value (a comment line starts with #)");
    }

    @Test
    void aKeyWithSpacesIsRefusedShowingOnlyAKnownFirstWord() {
        assertThat(loadError(withPins(dir, "clinic.name Spine: Care"))).isEqualTo(fileOf(dir)
                + ":3: clinic.name: not a setting: a key has no spaces; write key = value");
        assertThat(loadError(withPins(dir, "clinic name = Spine Care"))).isEqualTo(fileOf(dir)
                + ":3: not a setting: a key has no spaces; write key = value");
    }

    @Test
    void aLineWithoutKeyIsRefused() {
        assertThat(loadError(withPins(dir, " = 60"))).isEqualTo(fileOf(dir) + ":3: no key before \"=\": write key = value");
        assertThat(loadError(withPins(dir, ": 60"))).isEqualTo(fileOf(dir) + ":3: no key before \":\": write key = value");
    }

    @Test
    void aTrailingBackslashIsRefusedBecauseThereAreNoContinuations() {
        assertThat(loadError(withPins(dir, "clinic.name = Spine \\", "  Care")))
                .isEqualTo(fileOf(dir) + ":3: clinic.name: the line ends with \"\\\"; line continuations are not"
                        + " supported, so put the whole value on this line");
    }

    @Test
    void theFirstProblemInReadingOrderIsReported() {
        assertThat(loadError(withPins(dir, "idle.timeout.seconds = 5", "colour = blue")))
                .startsWith(fileOf(dir) + ":3: idle.timeout.seconds");
        assertThat(loadError(withPins(dir, "colour = blue", "idle.timeout.seconds = 5")))
                .startsWith(fileOf(dir) + ":3: colour");
        assertThat(loadError(withPins(dir, "text.scale = 3", "clinic.name")))
                .startsWith(fileOf(dir) + ":3: text.scale");
    }

    @Test
    void aMissingPinHashIsReportedAfterTheProblemsOnLines() {
        assertThat(loadError(ConfigFiles.write(dir, "clinic.name = X"))).isEqualTo(fileOf(dir)
                + ": staff.pin.hash is missing; run the hash-pin command with the front-desk PIN and add the line"
                + " staff.pin.hash = <the hash it prints>");
        assertThat(loadError(ConfigFiles.write(dir, "staff.pin.hash = " + ConfigFiles.STAFF_HASH))).isEqualTo(
                fileOf(dir) + ": manager.pin.hash is missing; run the hash-pin command with the manager PIN and add"
                        + " the line manager.pin.hash = <the hash it prints>");
        assertThat(loadError(ConfigFiles.write(dir, "clinic.name = X", "paper.size = B5")))
                .startsWith(fileOf(dir) + ":2: paper.size");
    }

    @Test
    void anEmptyFileNeedsThePinHashes() {
        assertThat(loadError(ConfigFiles.write(dir))).startsWith(fileOf(dir) + ": staff.pin.hash is missing");
    }

    @Test
    void aMissingFolderSaysWhatToDo() {
        Path missing = dir.resolve("kiosk-config");

        assertThat(loadError(missing)).isEqualTo(fileOf(missing) + ": file not found (the folder " + missing
                + " does not exist; copy the shipped kiosk-config folder there, or start the kiosk with the folder"
                + " that holds kiosk.properties)");
    }

    @Test
    void aFolderWithoutTheFileSaysWhatToDo() {
        assertThat(loadError(dir)).isEqualTo(fileOf(dir) + ": file not found (the folder " + dir
                + " has no kiosk.properties; copy the shipped kiosk-config/kiosk.properties there and edit it)");
    }

    @Test
    void aFileGivenAsTheFolderIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("kiosk.properties"), "clinic.name = X\n");

        assertThat(loadError(file)).startsWith(fileOf(file) + ": file not found (" + file + " is a file, not a folder;");
    }

    @Test
    void aFolderNamedLikeTheFileCannotBeRead() throws IOException {
        Files.createDirectory(dir.resolve("kiosk.properties"));

        assertThat(loadError(dir)).isEqualTo(fileOf(dir) + ": cannot read (it is a folder, not a file)");
    }

    @Test
    void anUnreadableFileSaysWhoNeedsAccess() throws IOException {
        Path file = withPins(dir).resolve("kiosk.properties");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "root reads every file; this test needs an ordinary account");

        assertThat(loadError(dir)).isEqualTo(fileOf(dir) + ": cannot read (permission denied; the account the kiosk"
                + " runs as needs read access to it)");
    }

    @Test
    void messagesNameTheFileAsTheFolderWasGiven() {
        Path relative = Path.of("").toAbsolutePath().relativize(dir);
        withPins(dir, "idle.timeout.seconds = 5");

        assertThat(relative.isAbsolute()).isFalse();
        assertThat(loadError(relative)).startsWith(relative + "/kiosk.properties:3: idle.timeout.seconds");
    }
}
