package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A pack's text read back as written, all of it or the counters of some measures only. */
class RollupPacksTest {

    private static final Map<String, Long> COUNTERS = new TreeMap<>(Map.of(
            RollupPacks.counter("disposition", "14/URGENT"), 3L,
            RollupPacks.counter("disposition", "2/SELF_CARE"), 12L,
            RollupPacks.counter("dispositionx", "1"), 1L,
            RollupPacks.counter("hour", "3:14"), 7L,
            RollupPacks.counter("hour", "3:9"), 1_000_000_000_000L,
            RollupPacks.counter("language", "es"), 5L,
            RollupPacks.counter("sign", "dolor ñ"), 2L));

    @Test
    void everyCounterComesBackInOrder() {
        assertThat(RollupPacks.decode(RollupPacks.encode(COUNTERS))).containsExactlyEntriesOf(COUNTERS);
    }

    @Test
    void onlyTheWantedMeasuresAreRead() {
        List<String> read = new ArrayList<>();
        RollupPacks.decode(RollupPacks.encode(COUNTERS), id -> id.equals("hour") || id.equals("sign"),
                (measure, bucket, visits) -> read.add(measure + "|" + bucket + "|" + visits));
        assertThat(read).containsExactly("hour|3:14|7", "hour|3:9|1000000000000", "sign|dolor ñ|2");

        List<String> measures = new ArrayList<>();
        RollupPacks.decode(RollupPacks.encode(COUNTERS), id -> {
            measures.add(id);
            return id.equals("disposition");
        }, (measure, bucket, visits) -> read.add(bucket));
        assertThat(measures).as("asked once per measure").containsExactly("disposition", "dispositionx", "hour",
                "language", "sign");
        assertThat(read).endsWith("14/URGENT", "2/SELF_CARE");
    }

    @Test
    void aDamagedPackIsRefused() {
        for (String text : List.of("hour\t3:14\t7", "hour\t3:14\n", "hour", "hour\t3:14\tseven\n")) {
            assertThatThrownBy(() -> RollupPacks.decode(text.getBytes(StandardCharsets.UTF_8), (m, b, v) -> { }))
                    .as(text).isInstanceOfAny(IllegalStateException.class, NumberFormatException.class);
        }
    }
}
