package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.content.Language;
import com.neckkiosk.stats.DateRange;
import com.neckkiosk.stats.Measure;
import com.neckkiosk.stats.UsageCounts;
import com.neckkiosk.stats.UsageFilter;
import com.neckkiosk.store.VisitRecord.Outcome;
import com.neckkiosk.store.VisitRecord.SheetStatus;
import com.neckkiosk.triage.Disposition;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The usage rollup on a real H2 file: exact counts, and always what the visits themselves give. */
class UsageRollupTest {

    private static final UsageFilter THE_DAY = UsageFilter.allKiosks(new DateRange(Samples.DAY, Samples.DAY));
    private static final String DUMP = "SELECT visit_day, kiosk_id, demo, measure, bucket, visits FROM usage_rollup"
            + " ORDER BY visit_day, kiosk_id, demo, measure, bucket";

    @TempDir
    Path temp;

    private Path dataDir() {
        return temp.resolve("data");
    }

    private KioskStore open() {
        return KioskStore.open(DatabaseSettings.embedded(dataDir()));
    }

    @Test
    void aVisitIsCountedOnceInEveryMeasure() {
        try (KioskStore store = open()) {
            store.save(Samples.visit("v-1"));
            UsageCounts counts = store.usage(THE_DAY);
            assertThat(counts.visits()).isEqualTo(1);
            assertThat(counts.demoVisits()).isEqualTo(1);
            assertThat(counts.totals(Measure.DISPOSITION)).containsExactly(Map.entry("URGENT", 1L));
            assertThat(counts.totals(Measure.LANGUAGE)).containsExactly(Map.entry("es", 1L));
            assertThat(counts.totals(Measure.SHEET)).containsExactly(Map.entry("PRINT_FAILED", 1L));
            assertThat(counts.totals(Measure.HOUR)).containsExactly(Map.entry("9", 1L));
            assertThat(counts.totals(Measure.ENDED)).containsExactly(Map.entry("COMPLETED:result", 1L));
            assertThat(counts.totals(Measure.DURATION)).containsExactly(Map.entry("180", 1L));
            assertThat(counts.totals(Measure.SIGN)).containsOnly(Map.entry("numbness", 1L), Map.entry("fever", 1L));
            assertThat(counts.totals(Measure.CAUSE)).containsOnly(Map.entry("stress", 1L), Map.entry("posture", 1L));
            assertThat(counts.totals(Measure.PAIN)).containsExactly(Map.entry("10", 1L));
        }
    }

    @Test
    void saving_a_visit_again_moves_its_counts_instead_of_adding_them() {
        VisitRecord visit = Samples.visit("v-1");
        try (KioskStore store = open()) {
            store.save(visit);
            store.save(visit.withSheet(SheetStatus.PRINTED));
            store.save(visit.withSheet(SheetStatus.PRINTED));
            UsageCounts counts = store.usage(THE_DAY);
            assertThat(counts.visits()).isEqualTo(1);
            assertThat(counts.totals(Measure.SHEET)).containsExactly(Map.entry("PRINTED", 1L));
        }
        assertThat(dump()).noneMatch(row -> row.contains("PRINT_FAILED"));
    }

    @Test
    void anAbandonedVisitCountsWhereItStopped() {
        try (KioskStore store = open()) {
            store.save(Samples.abandonedVisit("v-2"));
            UsageCounts counts = store.usage(THE_DAY);
            assertThat(counts.totals(Measure.DISPOSITION)).containsExactly(Map.entry(Measure.NO_RESULT, 1L));
            assertThat(counts.totals(Measure.ENDED)).containsExactly(Map.entry("TIMED_OUT:age_band", 1L));
            assertThat(counts.totals(Measure.DURATION)).isEmpty();
            assertThat(counts.demoVisits()).isZero();
        }
    }

    @Test
    void theRollupEqualsARebuildFromTheVisitsAfterInsertsResavesAbandonsAndARestart() throws SQLException {
        DemoVisits demo = new DemoVisits(7, List.of("K1", "K2"), Samples.DAY.minusDays(20), Samples.DAY);
        List<VisitRecord> batch = new ArrayList<>();
        try (KioskStore store = open()) {
            for (int i = 0; i < 150; i++) {
                VisitRecord visit = demo.next();
                store.save(visit);
                if (visit.sheet() == SheetStatus.PRINT_FAILED || i % 10 == 0) {
                    store.save(visit.withSheet(SheetStatus.PRINTED)); // a reprint
                }
            }
            for (int i = 0; i < 300; i++) {
                batch.add(demo.next());
            }
            store.insertNewVisits(batch);
            store.save(Samples.abandonedVisit("v-abandoned"));
            store.save(Samples.visit("v-urgent"));
        }
        List<String> kept = dump();
        assertThat(kept).hasSizeGreaterThan(100);
        try (KioskStore store = open()) {
            store.rebuildUsageRollup();
        }
        assertThat(dump()).isEqualTo(kept);
        try (KioskStore store = open()) {
            UsageCounts all = store.usage(UsageFilter.allKiosks(new DateRange(Samples.DAY.minusDays(30), Samples.DAY)));
            assertThat(all.visits()).isEqualTo(store.countVisits()).isEqualTo(452);
            assertThat(all.demoVisits()).isEqualTo(451); // Samples.visit is marked demo too
        }
    }

    @Test
    void aDatabaseFromBeforeTheRollupIsFilledFromItsVisitsWhenOpened() throws SQLException {
        try (KioskStore store = open()) {
            store.save(Samples.visit("v-1"));
            store.save(Samples.abandonedVisit("v-2"));
        }
        List<String> kept = dump();
        TestDatabases.execute(dataDir(), "DELETE FROM usage_rollup");
        try (KioskStore store = open()) {
            assertThat(store.usage(THE_DAY).visits()).isEqualTo(2);
        }
        assertThat(dump()).isEqualTo(kept);
    }

    @Test
    void oneKioskOrAll() {
        try (KioskStore store = open()) {
            store.save(Samples.visit("v-1"));
            VisitRecord other = Samples.abandonedVisit("v-2");
            store.save(new VisitRecord("v-3", Samples.NINE_AM, "K9", Language.EN, 3, Map.of(), true,
                    Disposition.EMERGENCY, List.of("help_requested"), List.of(), Outcome.COMPLETED, "result",
                    SheetStatus.NOT_PRINTED, null, 20, false));
            store.save(other);
            assertThat(store.kioskIds()).containsExactly("K7", "K9");
            assertThat(store.usage(THE_DAY.withKiosk(Optional.of("K9"))).visits()).isEqualTo(1);
            assertThat(store.usage(THE_DAY.withKiosk(Optional.of("K9"))).totals(Measure.SIGN))
                    .containsExactly(Map.entry("help_requested", 1L));
            assertThat(store.usage(THE_DAY.withKiosk(Optional.of("K7"))).visits()).isEqualTo(2);
            assertThat(store.usage(THE_DAY).visits()).isEqualTo(3);
            assertThat(store.usage(THE_DAY.withKiosk(Optional.of("nope"))).visits()).isZero();
        }
    }

    @Test
    void removingDemoVisitsLeavesTheRealOnesAndTheirCounts() {
        DemoVisits demo = new DemoVisits(3, List.of("K7"), Samples.DAY, Samples.DAY);
        try (KioskStore store = open()) {
            List<VisitRecord> batch = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                batch.add(demo.next());
            }
            store.insertNewVisits(batch);
            store.save(Samples.abandonedVisit("real"));
            assertThat(store.removeDemoVisits()).isEqualTo(40);
            assertThat(store.countVisits()).isEqualTo(1);
            UsageCounts counts = store.usage(THE_DAY);
            assertThat(counts.visits()).isEqualTo(1);
            assertThat(counts.demoVisits()).isZero();
            assertThat(store.removeDemoVisits()).isZero();
        }
    }

    @Test
    void theBulkLoadCountsExactlyWhatItStoresAndAddsToCountsAlreadyThere() throws SQLException {
        int count = 650; // three transactions of 300
        try (KioskStore store = open()) {
            store.save(Samples.visit("v-first"));
            store.insertNewVisits(new DemoVisits(5, List.of("K1", "K2"), Samples.DAY.minusDays(60), Samples.DAY)::next,
                    count, true, 300);
            assertThat(store.countVisits()).isEqualTo(count + 1);
            assertThat(store.findVisit("v-first")).isPresent();
        }
        List<String> bulk = dump();
        try (KioskStore store = open()) {
            store.rebuildUsageRollup();
        }
        assertThat(dump()).isEqualTo(bulk);
    }

    @Test
    void theBenchsBulkLoadWithoutDetailsCountsTheSameAsWithThemAndCompacts() throws SQLException {
        DemoVisits demo = new DemoVisits(9, List.of("K1"), Samples.DAY.minusDays(30), Samples.DAY);
        List<VisitRecord> visits = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            visits.add(demo.next());
        }
        try (KioskStore store = open()) {
            store.insertNewVisits(visits.iterator()::next, visits.size(), true);
        }
        List<String> full = dump();
        TestDatabases.execute(dataDir(), "DELETE FROM visit_answer");
        TestDatabases.execute(dataDir(), "DELETE FROM visit_reason");
        TestDatabases.execute(dataDir(), "DELETE FROM visit_exercise");
        TestDatabases.execute(dataDir(), "DELETE FROM visit");
        TestDatabases.execute(dataDir(), "DELETE FROM usage_rollup");
        KioskStore store = open();
        store.insertNewVisits(visits.iterator()::next, visits.size(), false);
        store.closeCompacted();
        assertThat(dump()).isEqualTo(full);
        assertThat(TestDatabases.rows(dataDir(), "SELECT COUNT(*) FROM visit_answer")).containsExactly("0");
        try (KioskStore reopened = open()) {
            assertThat(reopened.countVisits()).isEqualTo(400);
        }
    }

    @Test
    void demoVisitsAreMarkedAndRepeatable() {
        DemoVisits first = new DemoVisits(11, List.of("K1"), Samples.DAY.minusDays(6), Samples.DAY);
        DemoVisits again = new DemoVisits(11, List.of("K1"), Samples.DAY.minusDays(6), Samples.DAY);
        for (int i = 0; i < 500; i++) {
            VisitRecord visit = first.next();
            assertThat(visit).isEqualTo(again.next());
            assertThat(visit.demo()).isTrue();
            assertThat(visit.startedHour().toLocalDate()).isBetween(Samples.DAY.minusDays(6), Samples.DAY);
            assertThat(visit.startedHour().getHour()).isBetween(7, 18);
            if (visit.outcome() == Outcome.COMPLETED) {
                assertThat(visit.disposition()).isNotNull();
                assertThat(visit.lastStep()).isEqualTo("result");
            } else {
                assertThat(visit.disposition()).isNull();
            }
        }
    }

    private List<String> dump() {
        try {
            return TestDatabases.rows(dataDir(), DUMP);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
