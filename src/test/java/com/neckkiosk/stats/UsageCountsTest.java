package com.neckkiosk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The counts' per-day series: what a sorted map per bucket used to give, for any order of adding. */
class UsageCountsTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);
    private static final UsageFilter MARCH = new UsageFilter(new DateRange(FIRST, LocalDate.of(2026, 3, 31)), Optional.empty());

    @Test
    void daysAddedInAnyOrderComeBackInOrderAndAddUp() {
        UsageCounts.Builder builder = UsageCounts.builder(MARCH);
        int[] days = {5, 5, 1, 30, 12, 1, 20, 3, 30, 0, 14, 7, 9, 2, 25, 11};
        Map<LocalDate, Long> expected = new TreeMap<>();
        for (int i = 0; i < days.length; i++) {
            LocalDate day = FIRST.plusDays(days[i]);
            builder.add(day, Measure.DISPOSITION, "URGENT", i + 1);
            expected.merge(day, (long) i + 1, Long::sum);
        }
        UsageCounts counts = builder.build();

        Map<LocalDate, Long> byDay = counts.byDay(Measure.DISPOSITION, "URGENT");
        assertThat(byDay).isEqualTo(expected);
        assertThat(List.copyOf(byDay.keySet())).isEqualTo(List.copyOf(expected.keySet()));
        assertThat(byDay.get(FIRST.plusDays(5))).isEqualTo(3L);
        assertThat(byDay.getOrDefault(FIRST.plusDays(4), 0L)).isZero();
        assertThat(byDay.get(FIRST.minusDays(1))).isNull();
        assertThat(byDay.containsKey("not a day")).isFalse();
        assertThat(byDay.hashCode()).isEqualTo(expected.hashCode());
        assertThat(counts.total(Measure.DISPOSITION, "URGENT")).isEqualTo(expected.values().stream().mapToLong(v -> v).sum());
        assertThatThrownBy(() -> byDay.put(FIRST, 1L)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void daysOutsideTheRangeAndZerosAreLeftOut() {
        UsageCounts counts = UsageCounts.builder(MARCH)
                .add(FIRST.minusDays(1), Measure.SHEET, "PRINTED", 4)
                .add(LocalDate.of(2026, 4, 1), Measure.SHEET, "PRINTED", 4)
                .add(FIRST, Measure.SHEET, "FAILED", 0)
                .add(FIRST.plusDays(2), Measure.SHEET, "PRINTED", 2)
                .build();

        assertThat(counts.byDay(Measure.SHEET, "PRINTED")).containsExactly(Map.entry(FIRST.plusDays(2), 2L));
        assertThat(counts.byDay(Measure.SHEET, "FAILED")).isEmpty();
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put("PRINTED", 2L);
        assertThat(counts.totals(Measure.SHEET)).isEqualTo(totals);
    }

    @Test
    void aBuiltCountIsNotChangedByLaterAdds() {
        UsageCounts.Builder builder = UsageCounts.builder(MARCH).add(FIRST, Measure.DISPOSITION, "ROUTINE", 1);
        UsageCounts first = builder.build();
        builder.add(FIRST, Measure.DISPOSITION, "ROUTINE", 5).add(FIRST.plusDays(1), Measure.DISPOSITION, "ROUTINE", 1);

        assertThat(first.byDay(Measure.DISPOSITION, "ROUTINE")).containsExactly(Map.entry(FIRST, 1L));
        assertThat(builder.build().byDay(Measure.DISPOSITION, "ROUTINE"))
                .containsExactly(Map.entry(FIRST, 6L), Map.entry(FIRST.plusDays(1), 1L));
    }
}
