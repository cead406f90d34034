package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.neckkiosk.config.DatabaseSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messages staff see when the database cannot be used. */
class StoreErrorsTest {

    @TempDir
    Path dataDir;

    @Test
    void aDatabaseHeldByAnotherProcessIsReportedAsInUse() throws Exception {
        KioskStore.open(DatabaseSettings.embedded(dataDir)).close();
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldsDatabaseOpen.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo("open");

            assertThatThrownBy(() -> KioskStore.open(DatabaseSettings.embedded(dataDir)))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("kiosk database " + dataDir.resolve("kiosk") + ": cannot open: the database file is in"
                            + " use by another program (is a second kiosk already running on this computer?)");
        } finally {
            other.getOutputStream().close();
            if (!other.waitFor(10, TimeUnit.SECONDS)) {
                other.destroyForcibly();
            }
        }
        KioskStore.open(DatabaseSettings.embedded(dataDir)).close();
    }

    @Test
    void aDataFolderThatCannotBeMadeIsNamed() throws Exception {
        Path file = Files.writeString(dataDir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> KioskStore.open(DatabaseSettings.embedded(file.resolve("data"))))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("kiosk database " + file.resolve("data").resolve("kiosk")
                        + ": cannot create the data folder " + file.resolve("data"));
    }

    @Test
    void driverErrorsBecomePlainWords() {
        assertThat(plain(ErrorCode.DATABASE_IS_READ_ONLY, "90097"))
                .isEqualTo("the database is read-only (is the disk full or read-only, or the file write-protected?)");
        assertThat(plain(ErrorCode.FILE_CORRUPTED_1, "90030"))
                .isEqualTo("the database file is damaged; restore it from a backup");
        assertThat(plain(ErrorCode.REMOTE_DATABASE_NOT_FOUND_1, "90149"))
                .isEqualTo("the server has no kiosk database (the server kiosk creates it when it first starts)");
        assertThat(plain(ErrorCode.LOCK_TIMEOUT_1, "HYT00"))
                .isEqualTo("the database stayed busy with another write for too long; try again");
        assertThat(plain(ErrorCode.FILE_VERSION_ERROR_1, "90048"))
                .startsWith("the database file was written by another version of H2");
        assertThat(plain(ErrorCode.IO_EXCEPTION_2, "90031"))
                .startsWith("could not read or write the database file (is the disk full, read-only or removed?)");
        assertThat(DatabaseErrors.plainWords(new SQLException("socket closed", "08006", 0)))
                .startsWith("cannot reach the database, or the connection to it was lost");
        assertThat(DatabaseErrors.plainWords(new IllegalStateException(new SQLException("Something odd\nmore [50000-252]"))))
                .isEqualTo("Something odd");
    }

    @Test
    void theDriversFirstLineIsKeptWithoutTheStatementOrTag() {
        assertThat(DatabaseErrors.firstLine("Value too long for column \"X\"; SQL statement:\nINSERT INTO t [22001-252]"))
                .isEqualTo("Value too long for column \"X\"");
        assertThat(DatabaseErrors.firstLine("Wrong user name or password [28000-252]"))
                .isEqualTo("Wrong user name or password");
        assertThat(new StoreException("one\n  two\r\nthree").getMessage()).isEqualTo("one two three");
    }

    private static String plain(int code, String state) {
        return DatabaseErrors.plainWords(new SQLException("H2 text [" + code + "-252]", state, code));
    }
}
