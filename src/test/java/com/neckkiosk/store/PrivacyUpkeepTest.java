package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.DatabaseSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyUpkeepTest {

    /** Half-hour offset: the local hour is not the UTC hour, which shows the zone is used. */
    private static final ZoneId ADELAIDE = ZoneId.of("Australia/Adelaide");

    @TempDir
    Path dataDir;

    @Test
    void forgetsYesterdaysCodesAndMinutesButNotTodays() {
        VisitRecord yesterday = Samples.withCode(Samples.visit("v-old"), "K7-5", Samples.NINE_AM.minusDays(1));
        VisitRecord today = Samples.withCode(Samples.visit("v-new"), "K7-1", Samples.NINE_AM);
        Instant oldRaised = Samples.NINE_AM.minusDays(1).plusMinutes(47).plusSeconds(12).atZone(ADELAIDE).toInstant();
        Instant oldAcknowledged = oldRaised.plusSeconds(9 * 60);
        Instant newRaised = Samples.NINE_AM.plusMinutes(5).atZone(ADELAIDE).toInstant();
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(dataDir))) {
            store.saveWithAlert(yesterday, Samples.alert("a-old", yesterday, oldRaised));
            store.saveWithAlert(today, Samples.alert("a-new", today, newRaised));
            store.acknowledge("a-old", oldAcknowledged);

            assertThat(store.forgetOldDetails(Samples.DAY, ADELAIDE)).isEqualTo(2);
            assertThat(store.forgetOldDetails(Samples.DAY, ADELAIDE)).isZero();

            assertThat(store.findVisit("v-old").orElseThrow().visitCode()).isNull();
            assertThat(store.findVisit("v-new").orElseThrow().visitCode()).isEqualTo("K7-1");
            AlertRecord old = store.findAlert("a-old").orElseThrow();
            Instant nineLocal = Samples.NINE_AM.minusDays(1).atZone(ADELAIDE).toInstant();
            assertThat(old.raisedAt()).isEqualTo(nineLocal);
            assertThat(old.acknowledgedAt()).isEqualTo(nineLocal);
            assertThat(store.findAlert("a-new").orElseThrow().raisedAt()).isEqualTo(newRaised);
        }
    }
}
