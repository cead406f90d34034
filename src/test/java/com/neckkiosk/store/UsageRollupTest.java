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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The usage rollup on a real H2 file: exact counts, and always what the visits themselves give. */
class UsageRollupTest {

    private static final UsageFilter THE_DAY = UsageFilter.allKiosks(new DateRange(Samples.DAY, Samples.DAY));

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
        assertThat(dump()).hasSizeGreaterThan(100);
        assertARebuildChangesNothing();
        try (KioskStore store = open()) {
            UsageCounts all = store.usage(UsageFilter.allKiosks(new DateRange(Samples.DAY.minusDays(30), Samples.DAY)));
            assertThat(all.visits()).isEqualTo(store.countVisits()).isEqualTo(452);
            assertThat(all.demoVisits()).isEqualTo(451); // Samples.visit is marked demo too
        }
    }

    @Test
    void bothLevelsAgreeWithTheRawVisitsForRangesAcrossAndWithinMonthsAfterResavesAbandonsAndARestart()
            throws SQLException {
        LocalDate from = Samples.DAY.minusDays(100);
        DemoVisits demo = new DemoVisits(13, List.of("K1", "K2"), from, Samples.DAY);
        Map<String, VisitRecord> stored = new java.util.LinkedHashMap<>();
        try (KioskStore store = open()) {
            for (int i = 0; i < 400; i++) {
                VisitRecord visit = demo.next();
                store.save(visit);
                stored.put(visit.id(), visit);
                if (i % 7 == 0) {
                    VisitRecord reprinted = visit.withSheet(SheetStatus.PRINTED);
                    store.save(reprinted);
                    stored.put(visit.id(), reprinted);
                }
            }
            List<VisitRecord> batch = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                batch.add(demo.next());
            }
            store.insertNewVisits(batch);
            batch.forEach(visit -> stored.put(visit.id(), visit));
            VisitRecord abandoned = Samples.abandonedVisit("v-abandoned");
            store.save(abandoned);
            stored.put(abandoned.id(), abandoned);
        }
        assertThat(monthDump()).hasSizeGreaterThan(100).containsExactlyInAnyOrderElementsOf(monthsOfDays());
        assertARebuildChangesNothing();
        List<String> months = monthDump();
        TestDatabases.execute(dataDir(), "DELETE FROM usage_month_pack"); // as after a repair by hand
        try (KioskStore store = open()) {
            assertThat(monthDump()).isEqualTo(months);
            List<UsageFilter> filters = List.of(
                    UsageFilter.allKiosks(new DateRange(from, Samples.DAY)),
                    UsageFilter.allKiosks(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28))),
                    UsageFilter.allKiosks(new DateRange(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 2))),
                    UsageFilter.allKiosks(new DateRange(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 31))),
                    new UsageFilter(new DateRange(LocalDate.of(2025, 12, 1), Samples.DAY), Optional.of("K2")),
                    new UsageFilter(new DateRange(Samples.DAY.minusDays(6), Samples.DAY), Optional.of("K1")),
                    // months at the ends with visits outside the range (their month packs cannot stand in for their days)
                    UsageFilter.allKiosks(new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10))),
                    new UsageFilter(new DateRange(from.plusDays(3), Samples.DAY.minusDays(1)), Optional.of("K1")));
            for (UsageFilter filter : filters) {
                UsageCounts counts = store.usage(filter);
                Map<Measure, Map<String, Long>> expected = new java.util.EnumMap<>(Measure.class);
                Map<String, Map<LocalDate, Long>> expectedByDay = new java.util.TreeMap<>(); // measures charted by day
                long[][] weekdayHours = new long[7][24];
                for (VisitRecord visit : stored.values()) {
                    if (filter.range().contains(visit.startedHour().toLocalDate())
                            && filter.kioskId().map(visit.kioskId()::equals).orElse(true)) {
                        for (RollupRows.Cell cell : RollupRows.cellsOf(visit)) {
                            expected.computeIfAbsent(cell.measure(), m -> new java.util.TreeMap<>())
                                    .merge(cell.bucket(), 1L, Long::sum);
                            if (cell.measure().chartedByDay()) {
                                expectedByDay.computeIfAbsent(cell.measure().id() + " " + cell.bucket(),
                                        k -> new java.util.TreeMap<>()).merge(cell.day(), 1L, Long::sum);
                            }
                        }
                        weekdayHours[visit.startedHour().getDayOfWeek().ordinal()][visit.startedHour().getHour()]++;
                    }
                }
                for (Measure measure : Measure.values()) {
                    assertThat(new java.util.TreeMap<>(counts.totals(measure))).as(filter + " " + measure)
                            .isEqualTo(expected.getOrDefault(measure, Map.of()));
                }
                assertThat(counts.weekdayHours()).as(filter.toString()).isEqualTo(weekdayHours);
                for (Measure measure : Measure.values()) {
                    if (measure.chartedByDay()) {
                        for (String bucket : expected.getOrDefault(measure, Map.of()).keySet()) {
                            assertThat(new java.util.TreeMap<>(counts.byDay(measure, bucket))).as(filter + " " + bucket)
                                    .isEqualTo(expectedByDay.get(measure.id() + " " + bucket));
                        }
                    }
                }
                assertThat(counts.visits()).isPositive();
            }
        }
    }

    @Test
    void aDatabaseFromBeforeTheRollupIsFilledFromItsVisitsWhenOpened() throws SQLException {
        try (KioskStore store = open()) {
            store.save(Samples.visit("v-1"));
            store.save(Samples.abandonedVisit("v-2"));
        }
        List<String> kept = dump();
        TestDatabases.execute(dataDir(), "DELETE FROM usage_day_pack");
        try (KioskStore store = open()) {
            assertThat(store.usage(THE_DAY).visits()).isEqualTo(2);
        }
        assertThat(dump()).isEqualTo(kept);
    }

    /**
     * A database of version 7 (a row per counter) with visits of three kiosks across month ends,
     * real and demo, upgraded: V8 packs its rows, and the packs hold exactly what a rebuild from
     * the visits gives, and the dashboard's reads of them agree with the visits.
     */
    @Test
    void theUpgradeToPacksKeepsEveryCounterOfAVersionSevenRollup() throws SQLException {
        org.flywaydb.core.Flyway.configure()
                .dataSource(H2Dialect.fileUrl(dataDir()), H2Dialect.OWNER, H2Dialect.BUILT_IN_OWNER_PASSWORD)
                .locations("classpath:db/migration").target("7").load().migrate();
        DemoVisits demo = new DemoVisits(17, List.of("K1", "K2", "K3"), LocalDate.of(2025, 12, 20), Samples.DAY);
        List<VisitRecord> visits = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            VisitRecord visit = demo.next();
            visits.add(i % 3 == 0 ? real(visit) : visit);
        }
        try (java.sql.Connection connection = TestDatabases.connect(dataDir());
             java.sql.Statement statement = connection.createStatement()) {
            VisitRows.insertRows(connection, visits, true);
            for (String counters : RollupRows.FROM_VISITS) { // as V5 and V6 kept them
                statement.executeUpdate("INSERT INTO usage_rollup (visit_day, kiosk_id, demo, measure, bucket, visits) "
                        + counters);
            }
            statement.executeUpdate("INSERT INTO usage_rollup_month (measure, visit_month, kiosk_id, demo, bucket, visits)"
                    + " SELECT measure, m, kiosk_id, demo, b, SUM(visits) FROM (SELECT measure,"
                    + " CAST(DATE_TRUNC('MONTH', visit_day) AS DATE) AS m, kiosk_id, demo, CASE WHEN measure = 'hour'"
                    + " THEN EXTRACT(ISO_DAY_OF_WEEK FROM visit_day) || ':' || bucket ELSE bucket END AS b, visits"
                    + " FROM usage_rollup) AS c GROUP BY measure, m, kiosk_id, demo, b");
        }
        try (KioskStore store = open()) {
            assertThat(store.countVisits()).isEqualTo(600);
        }
        assertThat(TestDatabases.tables(dataDir())).doesNotContain("usage_rollup", "usage_rollup_month");
        assertThat(dump()).hasSizeGreaterThan(1000);
        assertThat(monthDump()).containsExactlyInAnyOrderElementsOf(monthsOfDays());
        assertARebuildChangesNothing();
        try (KioskStore store = open()) {
            for (UsageFilter filter : List.of(UsageFilter.allKiosks(new DateRange(LocalDate.of(2025, 12, 31), Samples.DAY)),
                    new UsageFilter(new DateRange(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 1)), Optional.of("K3")))) {
                UsageCounts counts = store.usage(filter);
                List<VisitRecord> inRange = visits.stream()
                        .filter(visit -> filter.range().contains(visit.startedHour().toLocalDate())
                                && filter.kioskId().map(visit.kioskId()::equals).orElse(true))
                        .toList();
                assertThat(counts.visits()).as(filter.toString()).isEqualTo(inRange.size());
                assertThat(counts.demoVisits()).isEqualTo(inRange.stream().filter(VisitRecord::demo).count());
                assertThat(counts.totals(Measure.PAIN).values().stream().mapToLong(Long::longValue).sum())
                        .isEqualTo(inRange.stream().filter(visit -> visit.answers().containsKey(com.neckkiosk.triage.Question.PAIN_SCORE)).count());
            }
        }
    }

    /** One kiosk's day and month are one row each: two writers at once must not lose each other's counts. */
    @Test
    void visitsSavedAtOnceOnTheSameKioskAndDayAreAllCounted() throws Exception {
        try (KioskStore store = open()) {
            java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<?>> saving = new ArrayList<>();
                for (int seed : new int[] {31, 32}) {
                    DemoVisits visits = new DemoVisits(seed, List.of("K1"), Samples.DAY, Samples.DAY);
                    saving.add(writers.submit(() -> {
                        for (int i = 0; i < 50; i++) {
                            VisitRecord visit = visits.next();
                            store.save(visit);
                            if (i % 5 == 0) {
                                store.save(visit.withSheet(SheetStatus.PRINTED));
                            }
                        }
                    }));
                }
                for (java.util.concurrent.Future<?> done : saving) {
                    done.get();
                }
            } finally {
                writers.shutdown();
            }
            assertThat(store.usage(THE_DAY).visits()).isEqualTo(100);
        }
        assertARebuildChangesNothing();
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
        assertThat(dump()).isNotEmpty().allMatch(row -> row.contains("|FALSE|"));
        assertARebuildChangesNothing();
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
        assertARebuildChangesNothing();
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
        TestDatabases.execute(dataDir(), "DELETE FROM usage_day_pack");
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

    private static VisitRecord real(VisitRecord visit) {
        return new VisitRecord(visit.id(), visit.startedHour(), visit.kioskId(), visit.language(), visit.stepsReached(),
                visit.answers(), visit.helpRequested(), visit.disposition(), visit.reasons(), visit.exercises(),
                visit.outcome(), visit.lastStep(), visit.sheet(), visit.visitCode(), visit.durationSeconds(), false);
    }

    /** The month level as the day level sums up to, in the month dump's form and order. */
    private List<String> monthsOfDays() {
        Map<String, Long> months = new java.util.TreeMap<>();
        for (String row : dump()) {
            String[] cells = row.split("\\|");
            RollupRows.Cell month = RollupRows.monthOf(new RollupRows.Cell(LocalDate.parse(cells[0]), cells[1],
                    Boolean.parseBoolean(cells[2]), Measure.ofId(cells[3]), cells[4]));
            months.merge(String.join("|", month.day().toString(), month.kioskId(),
                    Boolean.toString(month.demo()).toUpperCase(java.util.Locale.ROOT), month.measure().id(), month.bucket()),
                    Long.parseLong(cells[5]), Long::sum);
        }
        List<String> rows = new ArrayList<>();
        months.forEach((key, visits) -> rows.add(key + "|" + visits));
        return rows;
    }

    /** Every counter of the month level: "month|kiosk|DEMO|measure|bucket|visits", sorted. */
    private List<String> monthDump() {
        return counters(RollupPacks.Level.MONTH);
    }

    /** Rebuilding the rollup from the visits gives exactly the day and month packs there are now. */
    private void assertARebuildChangesNothing() {
        List<String> days = dump();
        List<String> months = monthDump();
        try (KioskStore store = open()) {
            store.rebuildUsageRollup();
        }
        assertThat(dump()).isEqualTo(days);
        assertThat(monthDump()).isEqualTo(months);
    }

    /** Every counter of the day level: "day|kiosk|DEMO|measure|bucket|visits", sorted. */
    private List<String> dump() {
        return counters(RollupPacks.Level.DAY);
    }

    private List<String> counters(RollupPacks.Level level) {
        List<String> rows = new ArrayList<>();
        try (java.sql.Connection connection = TestDatabases.connect(dataDir())) {
            for (RollupPacks.Row pack : RollupPacks.read(connection, level, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))) {
                RollupPacks.decode(pack.counts(), (measure, bucket, visits) -> rows.add(String.join("|",
                        pack.period().toString(), pack.kioskId(), Boolean.toString(pack.demo()).toUpperCase(java.util.Locale.ROOT),
                        measure, bucket, Long.toString(visits))));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        java.util.Collections.sort(rows);
        return rows;
    }
}
