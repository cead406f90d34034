package com.neckkiosk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every chart's table from known counts: exact buckets, the funnel, the tiles, the CSV. */
class UsageTablesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);
    private static final DateRange WEEK = new DateRange(MONDAY, MONDAY.plusDays(6));

    private static UsageCounts.Builder week() {
        return UsageCounts.builder(UsageFilter.allKiosks(WEEK));
    }

    @Test
    void visitsPerDayHasEveryDayOfTheRangeAndEachDisposition() {
        CountTable table = UsageTables.visitsPerDay(week()
                .add(MONDAY, Measure.DISPOSITION, "URGENT", 3)
                .add(MONDAY, Measure.DISPOSITION, "URGENT", 2)
                .add(MONDAY.plusDays(2), Measure.DISPOSITION, Measure.NO_RESULT, 1)
                .add(MONDAY.minusDays(1), Measure.DISPOSITION, "URGENT", 99) // outside the range
                .build());
        assertThat(table.series()).containsExactly("EMERGENCY", "URGENT", "SEE_DOCTOR", "SELF_CARE", "NONE");
        assertThat(table.categories()).hasSize(7).startsWith("2026-03-09").endsWith("2026-03-15");
        assertThat(table.get("URGENT", "2026-03-09")).isEqualTo(5);
        assertThat(table.get("NONE", "2026-03-11")).isEqualTo(1);
        assertThat(table.total()).isEqualTo(6);
    }

    @Test
    void theMixIsPerDayUpToAMonthThenPerWeekThenPerMonth() {
        assertThat(UsageTables.Grain.of(DateRange.lastDays(31, MONDAY))).isEqualTo(UsageTables.Grain.DAY);
        assertThat(UsageTables.Grain.of(DateRange.lastDays(90, MONDAY))).isEqualTo(UsageTables.Grain.WEEK);
        assertThat(UsageTables.Grain.of(DateRange.lastMonths(12, MONDAY))).isEqualTo(UsageTables.Grain.MONTH);
        DateRange quarter = new DateRange(MONDAY, MONDAY.plusDays(89));
        CountTable mix = UsageTables.dispositionMix(UsageCounts.builder(UsageFilter.allKiosks(quarter))
                .add(MONDAY.plusDays(1), Measure.DISPOSITION, "SELF_CARE", 4)
                .add(MONDAY.plusDays(6), Measure.DISPOSITION, "SELF_CARE", 2)
                .add(MONDAY.plusDays(7), Measure.DISPOSITION, "SELF_CARE", 1)
                .build());
        assertThat(mix.categoryName()).isEqualTo("week");
        assertThat(mix.get("SELF_CARE", "2026-03-09")).isEqualTo(6);
        assertThat(mix.get("SELF_CARE", "2026-03-16")).isEqualTo(1);
        assertThat(mix.categories()).hasSize(13);
    }

    @Test
    void theHeatMapPutsEachHourUnderItsWeekday() {
        CountTable heat = UsageTables.hourByWeekday(week()
                .add(MONDAY, Measure.HOUR, "9", 4)
                .add(MONDAY.plusDays(6), Measure.HOUR, "17", 2)
                .build());
        assertThat(heat.get("MONDAY", "9")).isEqualTo(4);
        assertThat(heat.get("SUNDAY", "17")).isEqualTo(2);
        assertThat(heat.categories()).hasSize(24);
        assertThat(heat.total()).isEqualTo(6);
    }

    @Test
    void signsAndCausesAreRankedMostReportedFirst() {
        UsageCounts counts = week()
                .add(MONDAY, Measure.SIGN, "fever", 2)
                .add(MONDAY, Measure.SIGN, "numbness", 7)
                .add(MONDAY, Measure.CAUSE, "stress", 3)
                .build();
        CountTable signs = UsageTables.warningSigns(counts);
        assertThat(signs.categories()).startsWith("numbness", "fever", "help_requested", "chest_pain");
        assertThat(signs.get("visits", "numbness")).isEqualTo(7);
        assertThat(signs.categories()).hasSize(19);
        CountTable causes = UsageTables.causes(counts);
        assertThat(causes.categories()).startsWith("stress", "posture").hasSize(10);
    }

    @Test
    void painScoresHaveElevenColumnsAndLanguagesOnlyThoseUsed() {
        UsageCounts counts = week().add(MONDAY, Measure.PAIN, "0", 1).add(MONDAY, Measure.PAIN, "10", 2)
                .add(MONDAY, Measure.LANGUAGE, "es", 3).add(MONDAY, Measure.LANGUAGE, "en", 5).build();
        CountTable pain = UsageTables.painScores(counts);
        assertThat(pain.categories()).hasSize(11);
        assertThat(pain.get("visits", "10")).isEqualTo(2);
        CountTable languages = UsageTables.languages(counts);
        assertThat(languages.categories()).containsExactly("en", "es");
        assertThat(languages.get("visits", "es")).isEqualTo(3);
    }

    @Test
    void theFunnelStacksUpToTheVisitsThatReachedEachStep() {
        UsageCounts counts = week()
                .add(MONDAY, Measure.ENDED, "COMPLETED:result", 10)
                .add(MONDAY, Measure.ENDED, "ABANDONED:intro", 2)
                .add(MONDAY, Measure.ENDED, "TIMED_OUT:chest_pain", 3)
                .add(MONDAY, Measure.ENDED, "ABANDONED:pain_score", 1)
                .add(MONDAY, Measure.ENDED, "ABANDONED:help_confirm", 4)
                .build();
        CountTable funnel = UsageTables.funnel(counts);
        assertThat(funnel.series()).containsExactly("went_on", "ABANDONED", "TIMED_OUT");
        assertThat(funnel.categories()).startsWith("intro", "age_band", "chest_pain").endsWith("result", "other");
        // 20 visits started; 2 left on the intro, the 4 on the help screen went past it
        assertThat(funnel.get("went_on", "intro")).isEqualTo(18);
        assertThat(funnel.get("ABANDONED", "intro")).isEqualTo(2);
        assertThat(funnel.get("went_on", "age_band")).isEqualTo(14);
        assertThat(funnel.get("TIMED_OUT", "chest_pain")).isEqualTo(3);
        assertThat(funnel.get("went_on", "chest_pain")).isEqualTo(11);
        assertThat(funnel.get("ABANDONED", "pain_score")).isEqualTo(1);
        assertThat(funnel.get("went_on", "pain_score")).isEqualTo(10);
        assertThat(funnel.get("went_on", "result")).isEqualTo(10);
        assertThat(funnel.get("ABANDONED", "other")).isEqualTo(4);
    }

    @Test
    void tiles() {
        Summary summary = UsageTables.summary(week()
                .add(MONDAY, Measure.DISPOSITION, "EMERGENCY", 1)
                .add(MONDAY, Measure.DISPOSITION, "URGENT", 2)
                .add(MONDAY, Measure.DISPOSITION, "SELF_CARE", 5)
                .add(MONDAY, Measure.DISPOSITION, Measure.NO_RESULT, 2)
                .add(MONDAY, Measure.SHEET, "PRINTED", 3)
                .add(MONDAY, Measure.SHEET, "PRINT_FAILED", 1)
                .add(MONDAY, Measure.DURATION, "60", 2)
                .add(MONDAY, Measure.DURATION, "120", 3)
                .add(MONDAY, Measure.DURATION, "300", 2)
                .addDemoVisits(4)
                .build());
        assertThat(summary.visits()).isEqualTo(10);
        assertThat(summary.urgentShare()).hasValue(3.0 / 8);
        assertThat(summary.medianSecondsToComplete()).hasValue(127);
        assertThat(summary.printSuccess()).hasValue(0.75);
        assertThat(summary.demoVisits()).isEqualTo(4);
        Summary none = UsageTables.summary(UsageCounts.empty(UsageFilter.allKiosks(WEEK)));
        assertThat(none.visits()).isZero();
        assertThat(none.urgentShare()).isEmpty();
        assertThat(none.medianSecondsToComplete()).isEmpty();
        assertThat(none.printSuccess()).isEmpty();
    }

    @Test
    void theCsvSuppressesCountsFromOneToFour() {
        CountTable table = new CountTable("t", "day", List.of("URGENT", "SELF_CARE"), List.of("2026-03-09", "a,b"),
                new long[][] {{0, 4}, {5, 1234}});
        assertThat(CsvExport.of(table)).isEqualTo(
                "day,URGENT,SELF_CARE\r\n"
                        + "2026-03-09,0,5\r\n"
                        + "\"a,b\",<5,1234\r\n");
        assertThat(CsvExport.count(1)).isEqualTo("<5");
        assertThat(CsvExport.count(5)).isEqualTo("5");
    }

    @Test
    void allTablesComeInTheDashboardsOrder() {
        assertThat(UsageTables.all(UsageCounts.empty(UsageFilter.allKiosks(WEEK))).keySet())
                .containsExactlyElementsOf(UsageTables.ALL);
    }

    @Test
    void badRangesSayWhatIsWrong() {
        assertThatThrownBy(() -> new DateRange(MONDAY, MONDAY.minusDays(1)))
                .hasMessageContaining("ends (2026-03-08) before it starts (2026-03-09)");
        assertThatThrownBy(() -> new DateRange(MONDAY, MONDAY.plusYears(20))).hasMessageContaining("longer than");
        assertThat(DateRange.lastMonths(12, MONDAY).first()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(DateRange.lastDays(7, MONDAY).days()).isEqualTo(7);
    }
}
