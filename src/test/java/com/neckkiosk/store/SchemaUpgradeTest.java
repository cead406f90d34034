package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.neckkiosk.config.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway on a real H2 file: new databases, older ones, failed upgrades, newer ones. */
class SchemaUpgradeTest {

    private static final List<String> WITH_BROKEN_V3 = List.of("classpath:db/migration", "classpath:db/test-broken-v3");
    private static final List<String> WITH_LATER_V3 = List.of("classpath:db/migration", "classpath:db/test-future-v3");
    private static final List<String> ALL_TABLES = List.of("alert", "alert_reason", "flyway_schema_history",
            "visit", "visit_answer", "visit_code_counter", "visit_exercise", "visit_reason");

    @TempDir
    Path dataDir;

    private DatabaseSettings settings() {
        return DatabaseSettings.embedded(dataDir);
    }

    @Test
    void anEmptyFolderGetsEveryTable() throws Exception {
        KioskStore.open(settings()).close();

        assertThat(TestDatabases.tables(dataDir)).containsExactlyElementsOf(ALL_TABLES);
        assertThat(TestDatabases.appliedVersions(dataDir)).containsExactly("1:TRUE", "2:TRUE");
    }

    @Test
    void aVersionOneDatabaseIsUpgradedWithItsVisitsKept() throws Exception {
        Flyway.configure()
                .dataSource(H2Dialect.fileUrl(dataDir), H2Dialect.OWNER, H2Dialect.BUILT_IN_OWNER_PASSWORD)
                .locations("classpath:db/migration")
                .target("1")
                .load()
                .migrate();
        TestDatabases.execute(dataDir, "INSERT INTO visit VALUES ('v-old', TIMESTAMP '2026-03-14 09:00:00', 'K7', 'en',"
                + " 3, FALSE, NULL, 'ABANDONED', 'numbness', 'NOT_PRINTED', NULL, 41, FALSE)");
        TestDatabases.execute(dataDir, "INSERT INTO visit_answer VALUES ('v-old', 'age_band', 0, '65_plus'),"
                + " ('v-old', 'causes', 0, '')");
        assertThat(TestDatabases.tables(dataDir)).doesNotContain("visit_code_counter");

        try (KioskStore store = KioskStore.open(settings())) {
            VisitRecord old = store.findVisit("v-old").orElseThrow();
            assertThat(old.lastStep()).isEqualTo("numbness");
            assertThat(old.answers()).hasSize(2).containsValue("65_plus").containsValue("");
            assertThat(store.nextVisitCode("K7", Samples.DAY)).isEqualTo("K7-1");
        }
        assertThat(TestDatabases.appliedVersions(dataDir)).containsExactly("1:TRUE", "2:TRUE");
        assertThat(dataDir.resolve("kiosk-before-upgrade.zip")).doesNotExist();
    }

    @Test
    void aFailedUpgradeLeavesTheDatabaseAsItWas() throws Exception {
        VisitRecord visit = Samples.visit("v-1");
        try (KioskStore store = KioskStore.open(settings())) {
            store.save(visit);
        }

        assertThatThrownBy(() -> KioskStore.open(settings(), WITH_BROKEN_V3))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("kiosk database " + dataDir.resolve("kiosk") + ": ")
                .hasMessageContaining("upgrading the tables to version 3 failed, so the database was put back as it was")
                .hasMessageContaining("Syntax error")
                .hasMessageNotContaining("\n");

        assertThat(TestDatabases.tables(dataDir)).containsExactlyElementsOf(ALL_TABLES);
        assertThat(TestDatabases.rows(dataDir, "SELECT LOWER(column_name) FROM information_schema.columns"
                + " WHERE table_name = 'VISIT' AND column_name = 'HALF_DONE_FLAG'")).isEmpty();
        assertThat(TestDatabases.appliedVersions(dataDir)).containsExactly("1:TRUE", "2:TRUE");
        assertThat(dataDir.resolve("kiosk-before-upgrade.zip")).doesNotExist();
        try (KioskStore store = KioskStore.open(settings())) {
            assertThat(store.findVisit("v-1")).contains(visit);
        }
    }

    @Test
    void aFailedFirstUpgradeLeavesNoDatabase() {
        assertThatThrownBy(() -> KioskStore.open(settings(), WITH_BROKEN_V3))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("put back as it was");

        assertThat(H2Dialect.exists(dataDir)).isFalse();
        KioskStore.open(settings()).close();
    }

    @Test
    void tablesNewerThanThisProgramAreRefused() throws Exception {
        KioskStore.open(settings(), WITH_LATER_V3).close();

        assertThatThrownBy(() -> KioskStore.open(settings()))
                .isInstanceOf(StoreException.class)
                .hasMessage("kiosk database " + dataDir.resolve("kiosk") + ": cannot use the tables: they are at"
                        + " version 3, newer than this program's version 2; update this kiosk's program");
        assertThat(TestDatabases.appliedVersions(dataDir)).containsExactly("1:TRUE", "2:TRUE", "3:TRUE");
    }

    @Test
    void anUpgradeInterruptedByACrashIsUndoneOnTheNextStart() throws Exception {
        try (KioskStore store = KioskStore.open(settings())) {
            store.save(Samples.visit("v-1"));
        }
        // what a power cut leaves: the copy taken before the upgrade, and a half-changed database
        TestDatabases.execute(dataDir, "BACKUP TO '" + dataDir.resolve("kiosk-before-upgrade.zip") + "'");
        TestDatabases.execute(dataDir, "CREATE TABLE half_done (id INTEGER)");
        TestDatabases.execute(dataDir, "DELETE FROM visit_answer");
        Files.writeString(dataDir.resolve("kiosk-before-upgrade.zip.part"), "half a backup");

        try (KioskStore store = KioskStore.open(settings())) {
            assertThat(store.findVisit("v-1")).contains(Samples.visit("v-1"));
        }
        assertThat(TestDatabases.tables(dataDir)).containsExactlyElementsOf(ALL_TABLES);
        assertThat(dataDir.resolve("kiosk-before-upgrade.zip")).doesNotExist();
        assertThat(dataDir.resolve("kiosk-before-upgrade.zip.part")).doesNotExist();
    }

    @Test
    void aFirstUpgradeInterruptedByACrashStartsOverOnTheNextStart() throws Exception {
        // what a power cut during the very first start leaves: a half-made database and the marker
        Files.createDirectories(dataDir);
        TestDatabases.execute(dataDir, "CREATE TABLE visit (id INTEGER)");
        Files.writeString(dataDir.resolve("kiosk-first-upgrade-running"), "");

        try (KioskStore store = KioskStore.open(settings())) {
            store.save(Samples.visit("v-1"));
        }
        assertThat(TestDatabases.tables(dataDir)).containsExactlyElementsOf(ALL_TABLES);
        assertThat(dataDir.resolve("kiosk-first-upgrade-running")).doesNotExist();
    }
}
