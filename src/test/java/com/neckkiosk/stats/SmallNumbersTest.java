package com.neckkiosk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmallNumbersTest {

    @Test
    void countsFromOneToFourAreHiddenZeroAndFiveUpStay() {
        CountTable table = new CountTable("t", "day", List.of("a", "b"), List.of("x", "y", "z"),
                new long[][] {{0, 1, 4}, {5, 120, 3}});
        CountTable hidden = SmallNumbers.hidden(table);
        assertThat(hidden.cells()).isDeepEqualTo(new long[][] {{0, 0, 0}, {5, 120, 0}});
        assertThat(hidden.id()).isEqualTo("t");
        assertThat(hidden.series()).isEqualTo(table.series());
        assertThat(hidden.categories()).isEqualTo(table.categories());
        assertThat(table.get("a", "y")).isEqualTo(1); // the shown table is untouched
        assertThat(SmallNumbers.isSmall(0)).isFalse();
        assertThat(SmallNumbers.isSmall(1)).isTrue();
        assertThat(SmallNumbers.isSmall(4)).isTrue();
        assertThat(SmallNumbers.isSmall(5)).isFalse();
        assertThat(CsvExport.count(4)).isEqualTo("<5");
    }
}
