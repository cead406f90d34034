package com.neckkiosk.stats;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The rollup's counts for one filter: for each measure and bucket, visits per day. Only
 * days in the range are kept. Immutable once built.
 */
public final class UsageCounts {

    private final UsageFilter filter;
    private final Map<Measure, Map<String, Map<LocalDate, Long>>> counts;
    private final long demoVisits;

    private UsageCounts(UsageFilter filter, Map<Measure, Map<String, Map<LocalDate, Long>>> counts, long demoVisits) {
        this.filter = filter;
        this.counts = counts;
        this.demoVisits = demoVisits;
    }

    public static Builder builder(UsageFilter filter) {
        return new Builder(filter);
    }

    public static UsageCounts empty(UsageFilter filter) {
        return builder(filter).build();
    }

    public UsageFilter filter() {
        return filter;
    }

    public DateRange range() {
        return filter.range();
    }

    /** Every visit has exactly one disposition bucket, so this is the number of visits. */
    public long visits() {
        return totals(Measure.DISPOSITION).values().stream().mapToLong(Long::longValue).sum();
    }

    /** How many of {@link #visits()} are synthetic ({@code seed-demo-data}). */
    public long demoVisits() {
        return demoVisits;
    }

    /** Bucket to visits over the whole range, buckets in the order first seen. */
    public Map<String, Long> totals(Measure measure) {
        Map<String, Long> totals = new LinkedHashMap<>();
        counts.getOrDefault(measure, Map.of()).forEach((bucket, days) ->
                totals.put(bucket, days.values().stream().mapToLong(Long::longValue).sum()));
        return totals;
    }

    public long total(Measure measure, String bucket) {
        return totals(measure).getOrDefault(bucket, 0L);
    }

    /** Day to visits for one bucket, days in order; days without visits are absent. */
    public Map<LocalDate, Long> byDay(Measure measure, String bucket) {
        return Collections.unmodifiableMap(counts.getOrDefault(measure, Map.of()).getOrDefault(bucket, Map.of()));
    }

    /** Collects counts; adding the same day and bucket twice adds them up. */
    public static final class Builder {
        private final UsageFilter filter;
        private final Map<Measure, Map<String, Map<LocalDate, Long>>> counts = new EnumMap<>(Measure.class);
        private long demoVisits;

        private Builder(UsageFilter filter) {
            this.filter = Objects.requireNonNull(filter, "filter");
        }

        public Builder add(LocalDate day, Measure measure, String bucket, long visits) {
            if (visits < 0) {
                throw new IllegalArgumentException("negative count " + visits + " for " + measure.id() + " " + bucket);
            }
            if (visits > 0 && filter.range().contains(day)) {
                counts.computeIfAbsent(measure, m -> new LinkedHashMap<>())
                        .computeIfAbsent(bucket, b -> new TreeMap<>())
                        .merge(day, visits, Long::sum);
            }
            return this;
        }

        public Builder addDemoVisits(long visits) {
            demoVisits += visits;
            return this;
        }

        public UsageCounts build() {
            Map<Measure, Map<String, Map<LocalDate, Long>>> copy = new EnumMap<>(Measure.class);
            counts.forEach((measure, buckets) -> {
                Map<String, Map<LocalDate, Long>> bucketCopy = new LinkedHashMap<>();
                buckets.forEach((bucket, days) -> bucketCopy.put(bucket, Collections.unmodifiableMap(new TreeMap<>(days))));
                copy.put(measure, Collections.unmodifiableMap(bucketCopy));
            });
            return new UsageCounts(filter, copy, demoVisits);
        }
    }
}
