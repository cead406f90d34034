package com.neckkiosk.stats;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One bucket's visits per day, as parallel arrays of day numbers (days after the range's first)
 * and visits, days in order: what {@link UsageCounts} keeps instead of a sorted map per bucket,
 * so adding up a year of counters makes no map entry, boxed number or date per counter. Days
 * usually arrive in order, which appends; a day out of order is inserted in its place.
 */
final class DaySeries {

    private int[] days;
    private long[] visits;
    private int size;
    private long total;

    DaySeries() {
        this(new int[8], new long[8], 0, 0);
    }

    private DaySeries(int[] days, long[] visits, int size, long total) {
        this.days = days;
        this.visits = visits;
        this.size = size;
        this.total = total;
    }

    /** Adds visits to a day ({@code day} days after the range's first), which is kept if new. */
    void add(int day, long count) {
        total += count;
        if (size > 0 && days[size - 1] == day) {
            visits[size - 1] += count;
            return;
        }
        int at = size == 0 || days[size - 1] < day ? size : Arrays.binarySearch(days, 0, size, day);
        if (at >= 0 && at < size) {
            visits[at] += count;
            return;
        }
        int insert = at >= 0 ? at : -at - 1;
        if (size == days.length) {
            days = Arrays.copyOf(days, size * 2);
            visits = Arrays.copyOf(visits, size * 2);
        }
        System.arraycopy(days, insert, days, insert + 1, size - insert);
        System.arraycopy(visits, insert, visits, insert + 1, size - insert);
        days[insert] = day;
        visits[insert] = count;
        size++;
    }

    long total() {
        return total;
    }

    int size() {
        return size;
    }

    DaySeries copy() {
        return new DaySeries(Arrays.copyOf(days, size), Arrays.copyOf(visits, size), size, total);
    }

    /** Day to visits, days in order, read-only; {@code first} is day 0. */
    Map<LocalDate, Long> asMap(LocalDate first) {
        return new DayMap(this, first);
    }

    /** A read-only map view; a copy's arrays do not change after it is built. */
    private static final class DayMap extends AbstractMap<LocalDate, Long> {
        private final DaySeries series;
        private final LocalDate first;
        private final long firstDay;

        DayMap(DaySeries series, LocalDate first) {
            this.series = series;
            this.first = first;
            this.firstDay = first.toEpochDay();
        }

        private int indexOf(Object key) {
            if (!(key instanceof LocalDate day)) {
                return -1;
            }
            long offset = day.toEpochDay() - firstDay;
            if (offset < 0 || offset > Integer.MAX_VALUE) {
                return -1;
            }
            int at = Arrays.binarySearch(series.days, 0, series.size, (int) offset);
            return at >= 0 ? at : -1;
        }

        @Override
        public Long get(Object key) {
            int at = indexOf(key);
            return at < 0 ? null : series.visits[at];
        }

        @Override
        public Long getOrDefault(Object key, Long otherwise) {
            int at = indexOf(key);
            return at < 0 ? otherwise : series.visits[at];
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        @Override
        public int size() {
            return series.size;
        }

        @Override
        public Set<Entry<LocalDate, Long>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<LocalDate, Long>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < series.size;
                        }

                        @Override
                        public Entry<LocalDate, Long> next() {
                            if (next >= series.size) {
                                throw new NoSuchElementException();
                            }
                            int at = next++;
                            return Map.entry(first.plusDays(series.days[at]), series.visits[at]);
                        }
                    };
                }

                @Override
                public int size() {
                    return series.size;
                }
            };
        }
    }
}
