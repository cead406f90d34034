package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.DatabaseSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules about the store as a whole, checked on its source and on a real schema. */
class StorePrivacyRulesTest {

    private static final Path STORE_SOURCES = Path.of("src/main/java/com/neckkiosk/store");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @TempDir
    Path dataDir;

    @Test
    void noTextColumnHasRoomForANameOrANote() throws Exception {
        KioskStore.open(DatabaseSettings.embedded(dataDir)).close();
        List<String> wide = TestDatabases.rows(dataDir, "SELECT table_name || '.' || column_name"
                + " FROM information_schema.columns WHERE table_schema = 'PUBLIC'"
                + " AND table_name <> 'flyway_schema_history'"
                + " AND data_type IN ('CHARACTER VARYING', 'CHARACTER', 'CHARACTER LARGE OBJECT')"
                + " AND (character_maximum_length IS NULL OR character_maximum_length > 48)");
        // a CUPS queue name from kiosk.properties, typed by the clinic's IT, never by a patient
        assertThat(wide).containsOnly("PRINTER_NOTICE.PRINTER");
    }

    @Test
    void theStoreUsesNoWindowingToolkit() throws IOException {
        try (Stream<Path> files = Files.list(STORE_SOURCES)) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(file)).as(file.toString())
                        .doesNotContain("import java.awt").doesNotContain("import javax.swing");
            }
        }
    }

    /** The statements only: a comment may well say "in memory". */
    private static String withoutComments(String sql) {
        return sql.lines().map(line -> line.replaceFirst("--.*$", "")).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** One small dialect class for H2; the scripts stay plain SQL a PostgreSQL server also takes. */
    @Test
    void migrationsUseNoH2OnlySyntax() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                assertThat(withoutComments(Files.readString(file)).toUpperCase()).as(file.toString())
                        .doesNotContain("MERGE INTO").doesNotContain("AUTO_INCREMENT").doesNotContain("IDENTITY")
                        .doesNotContain("CLOB").doesNotContain("IF NOT EXISTS").doesNotContain("MEMORY ")
                        .doesNotContain("CACHED ").doesNotContain("TINYINT");
            }
        }
    }
}
