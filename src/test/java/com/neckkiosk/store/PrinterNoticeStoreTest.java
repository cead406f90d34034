package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.neckkiosk.config.DatabaseSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Printer notices on a real H2 file database: stored once, listed by day, resolved once, codes forgotten. */
class PrinterNoticeStoreTest {

    private static final ZoneId CLINIC = ZoneId.of("America/Chicago");
    private static final Instant MORNING = Samples.NINE_AM.atZone(CLINIC).toInstant().plusSeconds(754);

    @TempDir
    Path dataDir;

    private KioskStore open() {
        return KioskStore.open(DatabaseSettings.embedded(dataDir));
    }

    private static PrinterNotice notice(String id, Instant at) {
        return new PrinterNotice(id, "K7", "K7-3", "KioskPDF", PrinterNotice.Problem.QUEUE_DISABLED, at, null);
    }

    @Test
    void aNoticeIsStoredOnceAndReadBackAfterReopen() {
        try (KioskStore store = open()) {
            store.recordPrinterNotice(notice("p-1", MORNING));
            store.recordPrinterNotice(notice("p-1", MORNING.plusSeconds(60)));
        }
        try (KioskStore store = open()) {
            assertThat(store.openPrinterNotices()).containsExactly(notice("p-1", MORNING));
        }
    }

    @Test
    void resolvingRecordsWhenAndOnlyOnce() {
        try (KioskStore store = open()) {
            store.recordPrinterNotice(notice("p-1", MORNING));
            store.recordPrinterNotice(notice("p-2", MORNING.plusSeconds(30)));

            assertThat(store.resolvePrinterNotice("p-1", MORNING.plusSeconds(90))).isTrue();
            assertThat(store.resolvePrinterNotice("p-1", MORNING.plusSeconds(99))).isFalse();
            assertThat(store.resolvePrinterNotice("p-9", MORNING)).isFalse();

            assertThat(store.openPrinterNotices()).extracting(PrinterNotice::id).containsExactly("p-2");
            assertThat(store.printerNoticesRaisedOn(Samples.DAY, CLINIC))
                    .extracting(PrinterNotice::id, PrinterNotice::resolvedAt)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("p-2", null),
                            org.assertj.core.groups.Tuple.tuple("p-1", MORNING.plusSeconds(90)));
            assertThat(store.printerNoticesRaisedOn(Samples.DAY.plusDays(1), CLINIC)).isEmpty();
        }
    }

    @Test
    void theVisitCodeIsForgottenAfterTheDay() {
        try (KioskStore store = open()) {
            store.recordPrinterNotice(notice("p-1", MORNING));
            LocalDate nextDay = Samples.DAY.plusDays(1);

            assertThat(store.forgetOldDetails(nextDay, CLINIC)).isPositive();

            assertThat(store.openPrinterNotices()).singleElement()
                    .satisfies(kept -> assertThat(kept.visitCode()).isNull());
        }
    }

    @Test
    void aPrinterNameThatIsNotAQueueNameIsRefused() {
        try (KioskStore store = open()) {
            PrinterNotice odd = new PrinterNotice("p-1", "K7", null, "Dr Smith's printer", PrinterNotice.Problem.NO_PRINTER,
                    MORNING, null);
            assertThatThrownBy(() -> store.recordPrinterNotice(odd))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("printer name must match");
        }
    }
}
