package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.stats.DateRange;
import com.neckkiosk.stats.Measure;
import com.neckkiosk.stats.UsageCounts;
import com.neckkiosk.stats.UsageFilter;
import com.neckkiosk.store.VisitRecord.SheetStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's in-memory counts always equal a query of the rollup: for ranges within,
 * across and made of whole months, one kiosk or all, read in any order; after new visits,
 * re-saves and removed demo visits once refreshed; and a filter change over rows already held
 * reads nothing.
 */
class UsageCacheTest {

    private static final LocalDate FROM = Samples.DAY.minusDays(120);

    @TempDir
    Path temp;

    private KioskStore open() {
        return KioskStore.open(DatabaseSettings.embedded(temp.resolve("data")));
    }

    private static List<UsageFilter> filters() {
        LocalDate today = Samples.DAY;
        List<UsageFilter> filters = new ArrayList<>();
        for (DateRange range : List.of(DateRange.lastMonths(12, today), DateRange.lastDays(30, today),
                DateRange.lastDays(7, today), DateRange.lastDays(90, today),
                new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)),
                new DateRange(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 2)),
                new DateRange(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 31)),
                new DateRange(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 3)),
                new DateRange(FROM.minusDays(400), FROM.minusDays(300)))) {
            filters.add(UsageFilter.allKiosks(range));
            filters.add(new UsageFilter(range, Optional.of("K2")));
        }
        return filters;
    }

    private static void assertSame(UsageCounts cached, UsageCounts queried) {
        String filter = queried.filter().toString();
        assertThat(cached.visits()).as(filter).isEqualTo(queried.visits());
        assertThat(cached.demoVisits()).as(filter).isEqualTo(queried.demoVisits());
        for (Measure measure : Measure.values()) {
            assertThat(new TreeMap<>(cached.totals(measure))).as(filter + " " + measure)
                    .isEqualTo(new TreeMap<>(queried.totals(measure)));
            if (measure.chartedByDay()) {
                for (String bucket : queried.totals(measure).keySet()) {
                    assertThat(cached.byDay(measure, bucket)).as(filter + " " + bucket)
                            .isEqualTo(queried.byDay(measure, bucket));
                }
            }
        }
        assertThat(cached.weekdayHours()).as(filter).isEqualTo(queried.weekdayHours());
    }

    private static void assertAllSame(KioskStore store, com.neckkiosk.stats.UsageSource cache) {
        for (UsageFilter filter : filters()) {
            assertSame(cache.usage(filter), store.usage(filter));
        }
        assertThat(cache.kioskIds()).isEqualTo(store.kioskIds());
    }

    @Test
    void givesWhatTheRollupQueryGivesBeforeAndAfterChangesOnceRefreshed() {
        DemoVisits demo = new DemoVisits(21, List.of("K1", "K2", "K3"), FROM, Samples.DAY);
        try (KioskStore store = open()) {
            store.insertNewVisits(demo::next, 1500, true);
            VisitRecord real = Samples.visit("real-1"); // kiosk K7, not a demo visit
            store.save(new VisitRecord(real.id(), real.startedHour(), real.kioskId(), real.language(),
                    real.stepsReached(), real.answers(), real.helpRequested(), real.disposition(), real.reasons(),
                    real.exercises(), real.outcome(), real.lastStep(), real.sheet(), real.visitCode(),
                    real.durationSeconds(), false));
            com.neckkiosk.stats.UsageSource cache = store.usageCache();
            assertAllSame(store, cache);

            // new visits, one on an old day, and a re-save that moves a count: unseen until a refresh
            DemoVisits later = new DemoVisits(22, List.of("K2", "K4"), Samples.DAY.minusDays(70), Samples.DAY);
            VisitRecord moved = later.next();
            store.save(moved);
            for (int i = 0; i < 60; i++) {
                store.save(later.next());
            }
            store.save(moved.withSheet(moved.sheet() == SheetStatus.PRINTED ? SheetStatus.PRINT_FAILED
                    : SheetStatus.PRINTED));
            UsageFilter year = UsageFilter.allKiosks(DateRange.lastMonths(12, Samples.DAY));
            assertThat(cache.usage(year).visits()).isEqualTo(1501);
            cache.refresh();
            assertAllSame(store, cache);
            assertThat(cache.usage(year).visits()).isEqualTo(1562);

            store.removeDemoVisits(); // every day changes
            cache.refresh();
            assertAllSame(store, cache);
            assertThat(cache.usage(year).visits()).isEqualTo(1);
        }
    }

    @Test
    void aFilterChangeOverRowsAlreadyHeldReadsNothingAndARefreshReadsOnlyChangedDays() {
        DemoVisits demo = new DemoVisits(5, List.of("K1", "K2"), FROM, Samples.DAY);
        try (KioskStore store = open()) {
            store.insertNewVisits(demo::next, 300, true);
            UsageCache cache = (UsageCache) store.usageCache();
            LocalDate today = Samples.DAY;
            UsageFilter year = UsageFilter.allKiosks(DateRange.lastMonths(12, today));
            cache.usage(year);
            cache.kioskIds();
            // the year: the month packs once (the days of the measures charted per day, the whole
            // months, and the months at both ends, which have no visits outside the year: the visits
            // began 120 days ago and none is after today, so no day packs), and the kiosk list
            assertThat(cache.reads()).isEqualTo(2);
            cache.prefetch(List.of(DateRange.lastDays(7, today), DateRange.lastDays(30, today),
                    DateRange.lastDays(90, today)));
            int afterPrefetch = cache.reads();
            int held = cache.rowsHeld();
            cache.usage(year.withRange(DateRange.lastDays(30, today)));
            cache.usage(year.withRange(DateRange.lastDays(90, today)).withKiosk(Optional.of("K2")));
            cache.usage(year.withRange(DateRange.lastDays(7, today)));
            cache.usage(year.withKiosk(Optional.of("K1")));
            cache.kioskIds();
            assertThat(cache.reads()).isEqualTo(afterPrefetch);
            assertThat(cache.rowsHeld()).isEqualTo(held);

            cache.refresh(); // nothing changed: nothing dropped; the kiosk list is read again
            cache.usage(year);
            cache.kioskIds();
            assertThat(cache.reads()).isEqualTo(afterPrefetch + 1);
            assertThat(cache.rowsHeld()).isEqualTo(held);
            store.save(new DemoVisits(6, List.of("K1"), today, today).next());
            cache.refresh();
            cache.usage(year);
            // only today's month pack: today's rows charted per day, and the range's last, partial
            // month, still without visits after today (no day packs)
            assertThat(cache.reads()).isEqualTo(afterPrefetch + 2);
            assertSame(cache.usage(year), store.usage(year));
        }
    }

    @Test
    void twoKiosksSavingOnTheSameDayAtOnceAreBothSeenAfterARefresh() throws Exception {
        try (KioskStore store = open()) {
            com.neckkiosk.stats.UsageSource cache = store.usageCache();
            UsageFilter today = UsageFilter.allKiosks(new DateRange(Samples.DAY, Samples.DAY));
            assertThat(cache.usage(today).visits()).isZero();
            java.util.concurrent.ExecutorService kiosks = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<?>> saving = new ArrayList<>();
                for (String kiosk : List.of("K1", "K2")) {
                    DemoVisits visits = new DemoVisits(kiosk.hashCode(), List.of(kiosk), Samples.DAY, Samples.DAY);
                    saving.add(kiosks.submit(() -> {
                        for (int i = 0; i < 40; i++) {
                            store.save(visits.next());
                        }
                    }));
                }
                for (java.util.concurrent.Future<?> done : saving) {
                    done.get();
                }
            } finally {
                kiosks.shutdown();
            }
            cache.refresh();
            assertSame(cache.usage(today), store.usage(today));
            assertThat(cache.usage(today).visits()).isEqualTo(80);
        }
        // each kiosk bumps its own row, so neither waits for the other's
        assertThat(TestDatabases.rows(temp.resolve("data"),
                "SELECT kiosk_id, version FROM usage_rollup_change ORDER BY kiosk_id"))
                .containsExactly("K1|40", "K2|40");
    }

    /**
     * As the dashboard does: the last 30 days first, the other presets read ahead, then a
     * refresh with nothing changed. What was read ahead is still held: choosing 12 months reads nothing.
     */
    @Test
    void aRefreshWithNothingChangedKeepsWhatWasReadAheadAfterTheFirstRead() {
        DemoVisits demo = new DemoVisits(12, List.of("K1", "K2"), FROM, Samples.DAY);
        try (KioskStore store = open()) {
            store.insertNewVisits(demo::next, 300, true);
            UsageCache cache = (UsageCache) store.usageCache();
            UsageFilter month = UsageFilter.allKiosks(DateRange.lastDays(30, Samples.DAY));
            cache.usage(month);
            cache.prefetch(List.of(DateRange.lastDays(90, Samples.DAY), DateRange.lastMonths(12, Samples.DAY)));
            int reads = cache.reads();
            int held = cache.rowsHeld();
            cache.refresh();
            UsageFilter year = month.withRange(DateRange.lastMonths(12, Samples.DAY));
            assertSame(cache.usage(year), store.usage(year));
            assertThat(cache.reads()).isEqualTo(reads);
            assertThat(cache.rowsHeld()).isEqualTo(held);
        }
    }

    /**
     * A day changed inside or outside the days of the first read is neither missed when later
     * read nor a reason to drop what is held.
     */
    @Test
    void aRefreshAfterTheFirstReadSeesChangesInsideAndOutsideTheDaysRead() {
        DemoVisits demo = new DemoVisits(8, List.of("K1", "K2"), FROM.minusDays(200), Samples.DAY);
        try (KioskStore store = open()) {
            store.insertNewVisits(demo::next, 600, true);
            UsageCache cache = (UsageCache) store.usageCache();
            UsageFilter month = UsageFilter.allKiosks(DateRange.lastDays(30, Samples.DAY));
            UsageFilter old = UsageFilter.allKiosks(new DateRange(FROM.minusDays(150), FROM.minusDays(100)));
            assertSame(cache.usage(month), store.usage(month));
            store.save(new DemoVisits(9, List.of("K1"), Samples.DAY.minusDays(3), Samples.DAY.minusDays(3)).next());
            store.save(new DemoVisits(10, List.of("K3"), FROM.minusDays(120), FROM.minusDays(120)).next());
            cache.refresh();
            assertSame(cache.usage(month), store.usage(month));
            assertSame(cache.usage(old), store.usage(old));
            assertThat(cache.kioskIds()).containsExactly("K1", "K2", "K3");
            store.save(new DemoVisits(11, List.of("K2"), FROM.minusDays(110), FROM.minusDays(110)).next());
            int reads = cache.reads();
            cache.refresh();
            assertSame(cache.usage(old), store.usage(old));
            assertSame(cache.usage(month), store.usage(month));
            assertThat(cache.reads()).as("only the changed day, and its month, read again").isGreaterThan(reads);
        }
    }

    @Test
    void anEmptyStoreGivesEmptyCounts() {
        try (KioskStore store = open()) {
            UsageCounts counts = store.usageCache().usage(UsageFilter.allKiosks(DateRange.lastDays(30, Samples.DAY)));
            assertThat(counts.visits()).isZero();
            assertThat(counts.totals(Measure.SIGN)).isEqualTo(Map.of());
            assertThat(store.usageCache().kioskIds()).isEmpty();
        }
    }
}
