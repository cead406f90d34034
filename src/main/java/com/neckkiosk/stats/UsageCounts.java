package com.neckkiosk.stats;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The rollup's counts for one filter: for each measure and bucket, visits per day. Only
 * days in the range are kept. Measures not {@linkplain Measure#chartedByDay() charted by day}
 * may also hold counts of months known only in total ({@link Builder#addUndated}: whole months,
 * or a month at the range's end without visits outside it), which {@link #totals} includes and
 * {@link #byDay} does not; visits by weekday and hour are in {@link #weekdayHours}. Immutable
 * once built.
 */
public final class UsageCounts {

    private final UsageFilter filter;
    private final Map<Measure, Map<String, DaySeries>> counts;
    private final Map<Measure, Map<String, Long>> undated;
    private final long[][] weekdayHours;
    private final long demoVisits;

    private UsageCounts(UsageFilter filter, Map<Measure, Map<String, DaySeries>> counts,
            Map<Measure, Map<String, Long>> undated, long[][] weekdayHours, long demoVisits) {
        this.filter = filter;
        this.counts = counts;
        this.undated = undated;
        this.weekdayHours = weekdayHours;
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
        counts.getOrDefault(measure, Map.of()).forEach((bucket, days) -> totals.put(bucket, days.total()));
        undated.getOrDefault(measure, Map.of()).forEach((bucket, visits) -> totals.merge(bucket, visits, Long::sum));
        return totals;
    }

    /** Visits by ISO weekday (row 0 is Monday) and hour of day (columns 0 to 23). */
    public long[][] weekdayHours() {
        long[][] copy = new long[7][];
        for (int day = 0; day < 7; day++) {
            copy[day] = weekdayHours[day].clone();
        }
        return copy;
    }

    public long total(Measure measure, String bucket) {
        return totals(measure).getOrDefault(bucket, 0L);
    }

    /** Day to visits for one bucket, days in order; days without visits are absent. */
    public Map<LocalDate, Long> byDay(Measure measure, String bucket) {
        DaySeries days = counts.getOrDefault(measure, Map.of()).get(bucket);
        return days == null ? Map.of() : days.asMap(range().first());
    }

    /** Collects counts; adding the same day and bucket twice adds them up. */
    public static final class Builder {
        private final UsageFilter filter;
        private final Map<Measure, Map<String, DaySeries>> counts = new EnumMap<>(Measure.class);
        private final Map<Measure, Map<String, Long>> undated = new EnumMap<>(Measure.class);
        private final long[][] weekdayHours = new long[7][24];
        private final long firstDay;
        private final long lastDay;
        private long demoVisits;
        private LocalDate lastAdded;
        private long lastAddedEpochDay;

        private Builder(UsageFilter filter) {
            this.filter = Objects.requireNonNull(filter, "filter");
            firstDay = filter.range().first().toEpochDay();
            lastDay = filter.range().last().toEpochDay();
        }

        public Builder add(LocalDate day, Measure measure, String bucket, long visits) {
            if (visits < 0) {
                throw new IllegalArgumentException("negative count " + visits + " for " + measure.id() + " " + bucket);
            }
            if (day != lastAdded || day == null) { // the same day's counters usually come together
                lastAdded = day;
                lastAddedEpochDay = day.toEpochDay();
            }
            long epochDay = lastAddedEpochDay;
            if (visits > 0 && epochDay >= firstDay && epochDay <= lastDay) {
                series(measure, bucket).add((int) (epochDay - firstDay), visits);
                if (measure == Measure.HOUR) {
                    addToWeekdayHours(day.getDayOfWeek(), bucket, visits);
                }
            }
            return this;
        }

        /**
         * Visits of consecutive days: {@code visits[i]} on {@code first} plus {@code i} days, for
         * {@code i} from {@code from} to {@code to}; returns the visits added (days in the range).
         */
        public long addDays(LocalDate first, Measure measure, String bucket, long[] visits, int from, int to) {
            long offset = first.toEpochDay() - firstDay;
            int lo = (int) Math.max(from, -offset);
            int hi = (int) Math.min(to, lastDay - firstDay - offset);
            long added = 0;
            DaySeries days = null;
            for (int i = lo; i <= hi; i++) {
                long count = visits[i];
                if (count < 0) {
                    throw new IllegalArgumentException("negative count " + count + " for " + measure.id() + " " + bucket);
                }
                if (count > 0) {
                    if (days == null) {
                        days = series(measure, bucket);
                    }
                    days.add((int) (offset + i), count);
                    if (measure == Measure.HOUR) {
                        addToWeekdayHours(first.plusDays(i).getDayOfWeek(), bucket, count);
                    }
                    added += count;
                }
            }
            return added;
        }

        private DaySeries series(Measure measure, String bucket) {
            Map<String, DaySeries> buckets = counts.get(measure);
            if (buckets == null) {
                buckets = new LinkedHashMap<>();
                counts.put(measure, buckets);
            }
            DaySeries days = buckets.get(bucket);
            if (days == null) {
                days = new DaySeries();
                buckets.put(bucket, days);
            }
            return days;
        }

        /**
         * Visits of days in the range known only in total (months), for a measure not
         * charted by day; for HOUR use {@link #addWeekdayHour}.
         */
        public Builder addUndated(Measure measure, String bucket, long visits) {
            if (measure.chartedByDay() || measure == Measure.HOUR) {
                throw new IllegalArgumentException(measure.id() + " is counted by day");
            }
            if (visits < 0) {
                throw new IllegalArgumentException("negative count " + visits + " for " + measure.id() + " " + bucket);
            }
            if (visits > 0) {
                undated.computeIfAbsent(measure, m -> new LinkedHashMap<>()).merge(bucket, visits, Long::sum);
            }
            return this;
        }

        /** Visits of days in the range on this weekday, started in hour {@code hour} (0 to 23). */
        public Builder addWeekdayHour(java.time.DayOfWeek weekday, String hour, long visits) {
            if (visits < 0) {
                throw new IllegalArgumentException("negative count " + visits + " for hour " + hour);
            }
            if (visits > 0) {
                undated.computeIfAbsent(Measure.HOUR, m -> new LinkedHashMap<>()).merge(hour, visits, Long::sum);
                addToWeekdayHours(weekday, hour, visits);
            }
            return this;
        }

        private void addToWeekdayHours(java.time.DayOfWeek weekday, String hour, long visits) {
            try {
                int column = Integer.parseInt(hour);
                if (column >= 0 && column < 24) {
                    weekdayHours[weekday.ordinal()][column] += visits;
                }
            } catch (NumberFormatException e) {
                // not an hour: counted in the totals only
            }
        }

        public Builder addDemoVisits(long visits) {
            demoVisits += visits;
            return this;
        }

        public UsageCounts build() {
            Map<Measure, Map<String, DaySeries>> copy = new EnumMap<>(Measure.class);
            counts.forEach((measure, buckets) -> {
                Map<String, DaySeries> bucketCopy = new LinkedHashMap<>();
                buckets.forEach((bucket, days) -> bucketCopy.put(bucket, days.copy()));
                copy.put(measure, Collections.unmodifiableMap(bucketCopy));
            });
            Map<Measure, Map<String, Long>> undatedCopy = new EnumMap<>(Measure.class);
            undated.forEach((measure, buckets) -> undatedCopy.put(measure, Collections.unmodifiableMap(new LinkedHashMap<>(buckets))));
            long[][] hours = new long[7][];
            for (int day = 0; day < 7; day++) {
                hours[day] = weekdayHours[day].clone();
            }
            return new UsageCounts(filter, copy, undatedCopy, hours, demoVisits);
        }
    }
}
