package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.triage.Disposition;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alerts on a real H2 file database: atomic with their visit, stored once, acknowledged once. */
class AlertStoreTest {

    private static final ZoneId CLINIC = ZoneId.of("America/Chicago");
    private static final Instant MORNING = Samples.NINE_AM.atZone(CLINIC).toInstant().plusSeconds(754);

    @TempDir
    Path dataDir;

    private KioskStore open() {
        return KioskStore.open(DatabaseSettings.embedded(dataDir));
    }

    @Test
    void visitAndAlertAreReadBackAfterReopen() {
        VisitRecord visit = Samples.visit("v-1");
        AlertRecord alert = Samples.alert("a-1", visit, MORNING);
        try (KioskStore store = open()) {
            store.saveWithAlert(visit, alert);
        }
        try (KioskStore store = open()) {
            assertThat(store.findVisit("v-1")).contains(visit);
            assertThat(store.findAlert("a-1")).contains(alert);
            assertThat(store.findAlert("a-1").orElseThrow().reasons()).containsExactly("help_requested", "numbness?");
            assertThat(store.openAlerts()).containsExactly(alert);
            assertThat(store.findAlert("a-2")).isEmpty();
        }
    }

    @Test
    void whenTheAlertIsRefusedTheVisitIsNotStoredEither() throws Exception {
        try (KioskStore store = open()) {
            // a rule only the database knows, so the failure comes after the visit row is written
            TestDatabases.execute(dataDir, "ALTER TABLE alert ADD CONSTRAINT test_refuses_k9 CHECK (kiosk_id <> 'K9')");
            VisitRecord visit = Samples.visit("v-1");
            AlertRecord refused = new AlertRecord("a-1", "v-1", Disposition.URGENT, List.of("fever"), "K9-1", "K9",
                    MORNING, null);

            assertThatThrownBy(() -> store.saveWithAlert(visit, refused))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("kiosk database " + dataDir.resolve("kiosk"))
                    .hasMessageContaining("cannot save the visit and its alert: the database refused the data")
                    .hasMessageContaining("TEST_REFUSES_K9");
            assertThat(store.findVisit("v-1")).isEmpty();
            assertThat(store.countVisits()).isZero();
            assertThat(TestDatabases.rows(dataDir, "SELECT COUNT(*) FROM visit_answer")).containsExactly("0");
        }
    }

    @Test
    void anAlertDeliveredAgainIsStoredOnceAndKeepsItsAcknowledgement() {
        VisitRecord visit = Samples.visit("v-1");
        AlertRecord alert = Samples.alert("a-1", visit, MORNING);
        try (KioskStore store = open()) {
            store.saveWithAlert(visit, alert);
            assertThat(store.acknowledge("a-1", MORNING.plusSeconds(60))).isTrue();

            store.saveWithAlert(visit.withSheet(VisitRecord.SheetStatus.PRINTED), alert);

            assertThat(store.findAlert("a-1").orElseThrow().acknowledgedAt()).isEqualTo(MORNING.plusSeconds(60));
            assertThat(store.alertsRaisedOn(Samples.DAY, CLINIC)).hasSize(1);
            assertThat(store.findVisit("v-1").orElseThrow().sheet()).isEqualTo(VisitRecord.SheetStatus.PRINTED);
        }
    }

    @Test
    void anAcknowledgementIsKeptAcrossReopenAndHappensOnce() {
        VisitRecord visit = Samples.visit("v-1");
        try (KioskStore store = open()) {
            store.saveWithAlert(visit, Samples.alert("a-1", visit, MORNING));
            assertThat(store.acknowledge("a-1", MORNING.plusSeconds(30))).isTrue();
            assertThat(store.acknowledge("a-1", MORNING.plusSeconds(90))).isFalse();
            assertThat(store.acknowledge("no-such-alert", MORNING)).isFalse();
        }
        try (KioskStore store = open()) {
            AlertRecord read = store.findAlert("a-1").orElseThrow();
            assertThat(read.isOpen()).isFalse();
            assertThat(read.acknowledgedAt()).isEqualTo(MORNING.plusSeconds(30));
            assertThat(store.openAlerts()).isEmpty();
        }
    }

    @Test
    void openAlertsComeNewestFirstAndTheDaysAlertsFollowTheClinicsClock() {
        VisitRecord visit = Samples.visit("v-1");
        Instant lateEvening = Samples.DAY.atTime(23, 30).atZone(CLINIC).toInstant();
        Instant nextDay = lateEvening.plusSeconds(3600);
        try (KioskStore store = open()) {
            store.saveWithAlert(visit, Samples.alert("a-morning", visit, MORNING));
            store.saveWithAlert(visit, Samples.alert("a-late", visit, lateEvening));
            store.saveWithAlert(visit, Samples.alert("a-next", visit, nextDay));
            store.acknowledge("a-late", nextDay);

            assertThat(store.openAlerts()).extracting(AlertRecord::id).containsExactly("a-next", "a-morning");
            assertThat(store.alertsRaisedOn(Samples.DAY, CLINIC)).extracting(AlertRecord::id)
                    .containsExactly("a-late", "a-morning");
            assertThat(store.alertsRaisedOn(Samples.DAY.plusDays(1), CLINIC)).extracting(AlertRecord::id)
                    .containsExactly("a-next");
        }
    }

    @Test
    void anAlertForAnotherVisitIsAProgrammingError() {
        try (KioskStore store = open()) {
            AlertRecord elsewhere = Samples.alert("a-1", Samples.visit("v-2"), MORNING);
            assertThatThrownBy(() -> store.saveWithAlert(Samples.visit("v-1"), elsewhere))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.countVisits()).isZero();
        }
    }
}
