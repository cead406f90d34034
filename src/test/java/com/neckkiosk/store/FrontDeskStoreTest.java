package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.neckkiosk.config.DatabaseSettings;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the front-desk console reads: kiosk names, and the cheap stamp it polls. */
class FrontDeskStoreTest {

    private static final Instant MORNING = Instant.parse("2026-03-14T00:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void eachKioskRecordsItsNameAndARenameReplacesIt() {
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(dataDir))) {
            store.registerKiosk("K7", "Waiting room A");
            store.registerKiosk("K8", "Physio corridor");
            store.registerKiosk("K7", "Waiting room B");
            assertThat(store.kioskNames()).containsExactly(
                    java.util.Map.entry("K7", "Waiting room B"), java.util.Map.entry("K8", "Physio corridor"));
            store.registerKiosk("K9", "x".repeat(60));
            assertThat(store.kioskNames().get("K9")).hasSize(48).endsWith("\u2026");
            assertThatThrownBy(() -> store.registerKiosk("K7", "two\nlines"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kiosk name must be 1 to 60");
        }
    }

    @Test
    void theStampChangesWhenAnAlertOrNoticeIsRaisedOrClosed() {
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(dataDir))) {
            FrontDeskStamp empty = store.frontDeskStamp(MORNING);
            assertThat(empty).isEqualTo(new FrontDeskStamp(0, 0, 0, null, 0, 0));

            VisitRecord visit = Samples.visit("v-1");
            Instant raised = Instant.parse("2026-03-14T09:01:00Z");
            store.saveWithAlert(visit, Samples.alert("a-1", visit, raised));
            FrontDeskStamp raisedOne = store.frontDeskStamp(MORNING);
            assertThat(raisedOne).isEqualTo(new FrontDeskStamp(1, 1, 0, raised, 0, 0));
            assertThat(store.frontDeskStamp(MORNING)).isEqualTo(raisedOne);

            store.acknowledge("a-1", raised.plusSeconds(60));
            assertThat(store.frontDeskStamp(MORNING)).isEqualTo(new FrontDeskStamp(0, 1, 1, raised, 0, 0));

            store.recordPrinterNotice(new PrinterNotice("n-1", "K7", "K7-3", "KioskPDF",
                    PrinterNotice.Problem.QUEUE_DISABLED, raised, null));
            assertThat(store.frontDeskStamp(MORNING)).isEqualTo(new FrontDeskStamp(0, 1, 1, raised, 1, 1));
            store.resolvePrinterNotice("n-1", raised.plusSeconds(5));
            assertThat(store.frontDeskStamp(MORNING)).isEqualTo(new FrontDeskStamp(0, 1, 1, raised, 0, 1));
        }
    }
}
