package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.config.DatabaseSettings.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real H2 TCP server on loopback, and kiosks that use it as clients. */
class ServerClientTest {

    private static final String PASSWORD = "front-desk-2026";

    @TempDir
    Path serverDir;

    @TempDir
    Path clientDir;

    @Test
    void whatAClientWritesTheServerKioskReadsAndTheOtherWayRound() throws Exception {
        int port = TestDatabases.freeLoopbackPort();
        try (KioskStore server = KioskStore.open(TestDatabases.server(serverDir, port, PASSWORD));
             KioskStore client = KioskStore.open(TestDatabases.client(clientDir, port, PASSWORD))) {
            VisitRecord visit = Samples.visit("v-client");
            client.save(visit);
            assertThat(server.findVisit("v-client")).contains(visit);

            VisitRecord serverVisit = Samples.visit("v-server");
            AlertRecord alert = Samples.alert("a-1", serverVisit, Instant.parse("2026-03-14T15:04:05Z"));
            server.saveWithAlert(serverVisit, alert);
            assertThat(client.openAlerts()).containsExactly(alert);
            assertThat(client.acknowledge("a-1", Instant.parse("2026-03-14T15:06:00Z"))).isTrue();
            assertThat(server.openAlerts()).isEmpty();
        }
    }

    @Test
    void twoKioskProcessesOnOneServerNeverShareAVisitCode() throws Exception {
        int port = TestDatabases.freeLoopbackPort();
        try (KioskStore server = KioskStore.open(TestDatabases.server(serverDir, port, PASSWORD));
             KioskStore client = KioskStore.open(TestDatabases.client(clientDir, port, PASSWORD))) {
            List<String> codes = VisitCodeTest.inTwoThreads(
                    () -> server.nextVisitCode("K7", Samples.DAY), () -> client.nextVisitCode("K7", Samples.DAY), 25);
            assertThat(codes).doesNotHaveDuplicates().hasSize(50);
        }
    }

    @Test
    void aClientCarriesOnWhenTheServerKioskRestarts() throws Exception {
        int port = TestDatabases.freeLoopbackPort();
        KioskStore server = KioskStore.open(TestDatabases.server(serverDir, port, PASSWORD));
        try (KioskStore client = KioskStore.open(TestDatabases.client(clientDir, port, PASSWORD))) {
            client.save(Samples.visit("v-1"));
            server.close();
            assertThatThrownBy(client::countVisits)
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("cannot reach the database server, or the connection to it was lost");

            server = KioskStore.open(TestDatabases.server(serverDir, port, PASSWORD));
            assertThat(client.countVisits()).isEqualTo(1);
        } finally {
            server.close();
        }
    }

    @Test
    void aWrongPasswordIsRefusedPlainly() throws Exception {
        int port = TestDatabases.freeLoopbackPort();
        try (KioskStore server = KioskStore.open(TestDatabases.server(serverDir, port, PASSWORD))) {
            assertThatThrownBy(() -> KioskStore.open(TestDatabases.client(clientDir, port, "guess")))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("kiosk database 127.0.0.1:" + port + ": cannot connect: wrong password for database"
                            + " user kiosk (check the database password in the kiosk settings)");
            assertThat(server.countVisits()).isZero();
        }
    }

    @Test
    void anUnreachableServerIsReportedWithinSeconds() throws Exception {
        int port = TestDatabases.freeLoopbackPort();
        long start = System.nanoTime();

        assertThatThrownBy(() -> KioskStore.open(TestDatabases.client(clientDir, port, PASSWORD)))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("kiosk database 127.0.0.1:" + port + ": cannot connect: cannot reach the"
                        + " database server");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aClientRefusesAServerWhoseTablesAreOlder() throws Exception {
        Flyway.configure().dataSource(H2Dialect.fileUrl(serverDir), H2Dialect.OWNER, H2Dialect.BUILT_IN_OWNER_PASSWORD)
                .locations("classpath:db/migration").target("1").load().migrate();
        try (Connection owner = TestDatabases.connect(serverDir)) {
            H2Dialect.grantClientAccount(owner, PASSWORD);
            int port = TestDatabases.freeLoopbackPort();
            Server olderServer = Server.createTcpServer("-tcpPort", Integer.toString(port),
                    "-baseDir", serverDir.toString(), "-ifExists").start();
            try {
                assertThatThrownBy(() -> KioskStore.open(TestDatabases.client(clientDir, port, PASSWORD)))
                        .isInstanceOf(StoreException.class)
                        .hasMessage("kiosk database 127.0.0.1:" + port + ": cannot use the tables: they are at version 1"
                                + " but this program needs version " + SchemaUpgradeTest.LATEST
                                + "; update the server kiosk to this program's"
                                + " version first");
            } finally {
                olderServer.stop();
            }
        }
    }

    @Test
    void otherComputersCanOnlyReadAndWriteRows() throws Exception {
        int port = TestDatabases.freeLoopbackPort();
        try (KioskStore server = KioskStore.open(TestDatabases.server(serverDir, port, PASSWORD));
             Connection remote = DriverManager.getConnection(H2Dialect.serverUrl("127.0.0.1", port),
                     H2Dialect.CLIENT, PASSWORD);
             Statement statement = remote.createStatement()) {
            server.save(Samples.visit("v-1"));
            assertThat(statement.executeUpdate("UPDATE visit SET demo = FALSE WHERE id = 'v-1'")).isEqualTo(1);
            for (String takeover : List.of("CREATE ALIAS RUN FOR 'java.lang.System.getProperty'",
                    "SELECT FILE_READ('/etc/hostname')", "DROP TABLE alert_reason", "CREATE TABLE notes (text VARCHAR)",
                    "ALTER USER kiosk ADMIN TRUE", "SHUTDOWN")) {
                assertThatThrownBy(() -> statement.execute(takeover)).as(takeover).isInstanceOf(SQLException.class);
            }
            assertThatThrownBy(() -> DriverManager.getConnection(H2Dialect.serverUrl("127.0.0.1", port),
                    H2Dialect.OWNER, H2Dialect.BUILT_IN_OWNER_PASSWORD)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:tcp://127.0.0.1:" + port + "/mem:other",
                    H2Dialect.CLIENT, PASSWORD)).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aStandaloneKioskCanStartServingItsDatabaseAndStopAgain() throws Exception {
        try (KioskStore standalone = KioskStore.open(DatabaseSettings.embedded(serverDir))) {
            standalone.save(Samples.visit("v-1"));
        }
        int port = TestDatabases.freeLoopbackPort();
        try (KioskStore server = KioskStore.open(TestDatabases.server(serverDir, port, PASSWORD));
             KioskStore client = KioskStore.open(TestDatabases.client(clientDir, port, PASSWORD))) {
            assertThat(client.findVisit("v-1")).isEqualTo(server.findVisit("v-1")).isPresent();
        }
        // once served, the owner's built-in password is gone for good
        assertThat(serverDir.resolve("kiosk-owner.key")).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(serverDir.resolve("kiosk-owner.key"))))
                .isEqualTo("rw-------");
        assertThatThrownBy(() -> DriverManager.getConnection(H2Dialect.fileUrl(serverDir), H2Dialect.OWNER,
                H2Dialect.BUILT_IN_OWNER_PASSWORD)).isInstanceOf(SQLException.class);

        try (KioskStore standalone = KioskStore.open(DatabaseSettings.embedded(serverDir))) {
            assertThat(standalone.countVisits()).isEqualTo(1);
        }
        assertThat(TestDatabases.rows(serverDir, "SELECT user_name FROM information_schema.users ORDER BY 1"))
                .containsExactly("KIOSK_OWNER");
    }

    @Test
    void aNewPasswordInTheSettingsTakesEffectAtTheNextStart() throws Exception {
        int port = TestDatabases.freeLoopbackPort();
        KioskStore.open(TestDatabases.server(serverDir, port, PASSWORD)).close();

        try (KioskStore server = KioskStore.open(TestDatabases.server(serverDir, port, "changed-in-may"));
             KioskStore client = KioskStore.open(TestDatabases.client(clientDir, port, "changed-in-may"))) {
            client.save(Samples.visit("v-1"));
            assertThat(server.countVisits()).isEqualTo(1);
            assertThatThrownBy(() -> KioskStore.open(TestDatabases.client(clientDir, port, PASSWORD)))
                    .hasMessageContaining("wrong password");
        }
    }

    @Test
    void aLostOwnerKeyIsReportedPlainly() throws Exception {
        int port = TestDatabases.freeLoopbackPort();
        KioskStore.open(TestDatabases.server(serverDir, port, PASSWORD)).close();
        Files.delete(serverDir.resolve("kiosk-owner.key"));

        assertThatThrownBy(() -> KioskStore.open(DatabaseSettings.embedded(serverDir)))
                .isInstanceOf(StoreException.class)
                .hasMessage("kiosk database " + serverDir.resolve("kiosk") + ": cannot open: the owner key file "
                        + serverDir.resolve("kiosk-owner.key") + " is missing or belongs to another database;"
                        + " restore it from the same backup as the database");
    }

    @Test
    void servingNeedsARealPasswordAndAnAddressOfThisComputer() throws Exception {
        int port = TestDatabases.freeLoopbackPort();
        assertThatThrownBy(() -> KioskStore.open(TestDatabases.server(serverDir, port, " ")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("needs a database password in the settings");
        assertThatThrownBy(() -> KioskStore.open(TestDatabases.client(clientDir, port, "")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("needs a database password in the settings");
        DatabaseSettings elsewhere = new DatabaseSettings(Mode.SERVER, serverDir, "127.0.0.1", "203.0.113.77", port, PASSWORD);
        assertThatThrownBy(() -> KioskStore.open(elsewhere))
                .isInstanceOf(StoreException.class)
                .hasMessage("kiosk database server 203.0.113.77:" + port + ": cannot start: 203.0.113.77 is not an address"
                        + " of this computer");
    }

    @Test
    void aPortAlreadyServedIsReportedAndTheFileIsLeftClosed() throws Exception {
        int port = TestDatabases.freeLoopbackPort();
        try (KioskStore first = KioskStore.open(TestDatabases.server(serverDir, port, PASSWORD))) {
            assertThatThrownBy(() -> KioskStore.open(TestDatabases.server(clientDir, port, PASSWORD)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("kiosk database server 127.0.0.1:" + port + ": cannot start: cannot listen"
                            + " on that address and port");
            assertThat(first.countVisits()).isZero();
        }
        // the failed start did not leave the second kiosk's file open
        try (KioskStore again = KioskStore.open(TestDatabases.server(clientDir, port, PASSWORD))) {
            assertThat(again.countVisits()).isZero();
        }
    }
}
