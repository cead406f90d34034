package com.neckkiosk.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.neckkiosk.store.AlertRecord;
import com.neckkiosk.store.KioskStore;
import com.neckkiosk.store.StoreException;
import com.neckkiosk.store.VisitRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real H2 TCP server on loopback that goes away while a client kiosk raises an alert. */
class SpoolingVisitLogTest {

    @TempDir
    Path serverDir;

    @TempDir
    Path kioskDir;

    @Test
    void anAlertRaisedWhileTheServerIsDownIsDeliveredOnceItIsBack() throws Exception {
        int port = SpoolSamples.freeLoopbackPort();
        KioskStore server = KioskStore.open(SpoolSamples.server(serverDir, port));
        try (KioskStore client = KioskStore.open(SpoolSamples.client(kioskDir, port))) {
            SpoolingVisitLog log = new SpoolingVisitLog(client, new AlertSpool(kioskDir));
            server.close();

            String code = log.nextVisitCode("K7", LocalDate.of(2026, 3, 14));
            assertThat(code).matches("K7-S\\d{3}");
            VisitRecord visit = SpoolSamples.visit("v-1", code);
            AlertRecord alert = SpoolSamples.alert("a-1", visit, Instant.parse("2026-03-14T09:01:00Z"));
            assertThatThrownBy(() -> log.saveWithAlert(visit, alert)).as("the patient is told to go to the desk")
                    .isInstanceOf(StoreException.class);
            assertThat(log.spooled()).isEqualTo(1);
            assertThatThrownBy(log::deliverSpooled).isInstanceOf(StoreException.class);
            assertThat(log.spooled()).isEqualTo(1);

            server = KioskStore.open(SpoolSamples.server(serverDir, port));
            assertThat(log.deliverSpooled()).isEqualTo(1);
            assertThat(log.deliverSpooled()).isZero();
            assertThat(log.spooled()).isZero();
            assertThat(server.openAlerts()).containsExactly(alert);
            assertThat(server.findVisit("v-1")).contains(visit);
        } finally {
            server.close();
        }
    }

    @Test
    void anAlertDeliveredTwiceAfterACrashIsStoredOnceAndKeepsItsAcknowledgement() throws Exception {
        int port = SpoolSamples.freeLoopbackPort();
        try (KioskStore server = KioskStore.open(SpoolSamples.server(serverDir, port))) {
            AlertSpool spool = new AlertSpool(kioskDir);
            VisitRecord visit = SpoolSamples.visit("v-1", "K7-S123");
            AlertRecord alert = SpoolSamples.alert("a-1", visit, Instant.parse("2026-03-14T09:01:00Z"));
            server.saveWithAlert(visit, alert);
            server.acknowledge("a-1", Instant.parse("2026-03-14T09:02:00Z"));
            // the kiosk crashed after the commit and before removing its file
            spool.put(visit, alert);

            assertThat(new SpoolingVisitLog(server, spool).deliverSpooled()).isEqualTo(1);
            assertThat(server.openAlerts()).isEmpty();
            assertThat(server.findAlert("a-1").orElseThrow().acknowledgedAt())
                    .isEqualTo(Instant.parse("2026-03-14T09:02:00Z"));
        }
    }

    @Test
    void whileTheDatabaseAnswersNothingIsSpooled() throws Exception {
        try (KioskStore store = KioskStore.open(com.neckkiosk.config.DatabaseSettings.embedded(serverDir))) {
            SpoolingVisitLog log = new SpoolingVisitLog(store, new AlertSpool(kioskDir));
            String code = log.nextVisitCode("K7", LocalDate.of(2026, 3, 14));
            assertThat(code).isEqualTo("K7-1");
            VisitRecord visit = SpoolSamples.visit("v-1", code);
            log.saveWithAlert(visit, SpoolSamples.alert("a-1", visit, Instant.parse("2026-03-14T09:01:00Z")));
            assertThat(log.spooled()).isZero();
            assertThat(store.openAlerts()).hasSize(1);
        }
    }
}
