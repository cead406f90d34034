package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.neckkiosk.config.DatabaseSettings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway on a real H2 file: new databases, older ones, failed upgrades, newer ones. */
class SchemaUpgradeTest {

    private static final List<String> WITH_BROKEN_UPGRADE = List.of("classpath:db/migration", "classpath:db/test-broken-upgrade");
    private static final List<String> WITH_LATER_VERSION = List.of("classpath:db/migration", "classpath:db/test-future-version");
    private static final List<String> ALL_TABLES = List.of("alert", "alert_reason", "flyway_schema_history",
            "kiosk", "printer_notice", "usage_day_pack", "usage_month_pack", "usage_rollup_change", "visit", "visit_answer", "visit_code_counter", "visit_exercise", "visit_reason");

    /** The shipped migrations' versions as Flyway records them ("1:TRUE", ...), read from the class path. */
    private static final List<String> SHIPPED = shippedVersions();
    /** The newest shipped version, e.g. "3"; other store tests use it too. */
    static final String LATEST = SHIPPED.get(SHIPPED.size() - 1).replace(":TRUE", "");

    @TempDir
    Path dataDir;

    private static List<String> shippedVersions() {
        try (Stream<Path> files = Files.list(Path.of(SchemaUpgradeTest.class.getResource("/db/migration").toURI()))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .sorted()
                    .map(version -> version + ":TRUE")
                    .collect(Collectors.toList());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> withLater() {
        List<String> versions = new ArrayList<>(SHIPPED);
        versions.add("900:TRUE");
        return versions;
    }

    private DatabaseSettings settings() {
        return DatabaseSettings.embedded(dataDir);
    }

    @Test
    void theQuickUpToDateCheckKnowsTheNewestShippedScript() {
        assertThat(Schema.LATEST_SHIPPED).isEqualTo(LATEST);
    }

    @Test
    void anEmptyFolderGetsEveryTable() throws Exception {
        KioskStore.open(settings()).close();

        assertThat(TestDatabases.tables(dataDir)).containsExactlyElementsOf(ALL_TABLES);
        assertThat(TestDatabases.appliedVersions(dataDir)).containsExactlyElementsOf(SHIPPED);
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
        assertThat(TestDatabases.appliedVersions(dataDir)).containsExactlyElementsOf(SHIPPED);
        assertThat(dataDir.resolve("kiosk-before-upgrade.zip")).doesNotExist();
    }

    @Test
    void aFailedUpgradeLeavesTheDatabaseAsItWas() throws Exception {
        VisitRecord visit = Samples.visit("v-1");
        try (KioskStore store = KioskStore.open(settings())) {
            store.save(visit);
        }

        assertThatThrownBy(() -> KioskStore.open(settings(), WITH_BROKEN_UPGRADE))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("kiosk database " + dataDir.resolve("kiosk") + ": ")
                .hasMessageContaining("upgrading the tables to version 900 failed, so the database was put back as it was")
                .hasMessageContaining("Syntax error")
                .hasMessageNotContaining("\n");

        assertThat(TestDatabases.tables(dataDir)).containsExactlyElementsOf(ALL_TABLES);
        assertThat(TestDatabases.rows(dataDir, "SELECT LOWER(column_name) FROM information_schema.columns"
                + " WHERE table_name = 'VISIT' AND column_name = 'HALF_DONE_FLAG'")).isEmpty();
        assertThat(TestDatabases.appliedVersions(dataDir)).containsExactlyElementsOf(SHIPPED);
        assertThat(dataDir.resolve("kiosk-before-upgrade.zip")).doesNotExist();
        try (KioskStore store = KioskStore.open(settings())) {
            assertThat(store.findVisit("v-1")).contains(visit);
        }
    }

    @Test
    void aFailedFirstUpgradeLeavesNoDatabase() {
        assertThatThrownBy(() -> KioskStore.open(settings(), WITH_BROKEN_UPGRADE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("put back as it was");

        assertThat(H2Dialect.exists(dataDir)).isFalse();
        KioskStore.open(settings()).close();
    }

    @Test
    void tablesNewerThanThisProgramAreRefused() throws Exception {
        KioskStore.open(settings(), WITH_LATER_VERSION).close();

        assertThatThrownBy(() -> KioskStore.open(settings()))
                .isInstanceOf(StoreException.class)
                .hasMessage("kiosk database " + dataDir.resolve("kiosk") + ": cannot use the tables: they are at"
                        + " version 900, newer than this program's version " + LATEST + "; update this kiosk's program");
        assertThat(TestDatabases.appliedVersions(dataDir)).containsExactlyElementsOf(withLater());
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
