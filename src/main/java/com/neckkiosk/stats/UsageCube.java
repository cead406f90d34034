package com.neckkiosk.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Rollup rows kept in memory, so a filter change adds up counts without asking the store: the
 * rows a range needs are loaded once ({@link #missing} says which, the store reads them), and
 * {@link #counts} gives exactly what a query of the rollup would for any range they cover.
 *
 * <p>Three kinds of rows, each loaded by its own periods: measures {@linkplain
 * Measure#chartedByDay() charted by day} per day ({@code byDay}); the other measures per
 * calendar month ({@code months}, the hour measure's bucket {@code weekday:hour}); and the other
 * measures per day ({@code detail}), only for the days before and after a range's whole months.
 * {@link #forget} drops days that changed in the store, so they are read again when needed.
 * Not thread-safe: its owner serialises access.
 */
public final class UsageCube {

    /** One rollup counter of a day or month. */
    public record Row(Measure measure, String kioskId, boolean demo, String bucket, long visits) {
        public Row {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(kioskId, "kioskId");
            Objects.requireNonNull(bucket, "bucket");
        }
    }

    /** Days from {@code first} to {@code last}, both included: one read of the store. */
    public record Days(LocalDate first, LocalDate last) {
    }

    /** Months from {@code first} to {@code last}, both included: one read of the store. */
    public record Months(YearMonth first, YearMonth last) {
    }

    /**
     * What a range needs that is not loaded yet, as few contiguous reads as possible: day rows of
     * the measures charted by day, month rows and day rows of the others.
     */
    public record Missing(List<Days> byDay, List<Months> months, List<Days> detail) {
        public boolean isEmpty() {
            return byDay.isEmpty() && months.isEmpty() && detail.isEmpty();
        }
    }

    private final Map<LocalDate, List<Row>> byDay = new HashMap<>();
    private final Map<YearMonth, List<Row>> months = new HashMap<>();
    private final Map<LocalDate, List<Row>> detail = new HashMap<>();
    private final Set<LocalDate> byDayLoaded = new HashSet<>();
    private final Set<YearMonth> monthsLoaded = new HashSet<>();
    private final Set<LocalDate> detailLoaded = new HashSet<>();

    /** How the range splits: whole calendar months in the middle, days before and after. */
    private record Split(DateRange range, LocalDate monthsFrom, LocalDate monthsUntil) {
        static Split of(DateRange range) {
            LocalDate first = range.first();
            LocalDate last = range.last();
            LocalDate from = first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
            LocalDate until = last.getDayOfMonth() == last.lengthOfMonth() ? last.plusDays(1) : last.withDayOfMonth(1);
            return new Split(range, from, until);
        }

        boolean wholeMonths() {
            return monthsFrom.isBefore(monthsUntil);
        }

        /** Whether the other measures count this day from the day rows (it is outside the whole months). */
        boolean byDetail(LocalDate day) {
            return !wholeMonths() || day.isBefore(monthsFrom) || !day.isBefore(monthsUntil);
        }
    }

    /** What {@link #counts} of this range needs loaded first; empty when nothing. */
    public Missing missing(DateRange range) {
        Split split = Split.of(range);
        List<Days> dayReads = new ArrayList<>();
        List<Days> detailReads = new ArrayList<>();
        for (LocalDate day = range.first(); !day.isAfter(range.last()); day = day.plusDays(1)) {
            if (!byDayLoaded.contains(day)) {
                extend(dayReads, day);
            }
            if (split.byDetail(day) && !detailLoaded.contains(day)) {
                extend(detailReads, day);
            }
        }
        List<Months> monthReads = new ArrayList<>();
        if (split.wholeMonths()) {
            for (YearMonth month = YearMonth.from(split.monthsFrom()); month.atDay(1).isBefore(split.monthsUntil());
                    month = month.plusMonths(1)) {
                if (!monthsLoaded.contains(month)) {
                    Months previous = monthReads.isEmpty() ? null : monthReads.get(monthReads.size() - 1);
                    if (previous != null && previous.last().plusMonths(1).equals(month)) {
                        monthReads.set(monthReads.size() - 1, new Months(previous.first(), month));
                    } else {
                        monthReads.add(new Months(month, month));
                    }
                }
            }
        }
        return new Missing(List.copyOf(dayReads), List.copyOf(monthReads), List.copyOf(detailReads));
    }

    private static void extend(List<Days> reads, LocalDate day) {
        Days previous = reads.isEmpty() ? null : reads.get(reads.size() - 1);
        if (previous != null && previous.last().plusDays(1).equals(day)) {
            reads.set(reads.size() - 1, new Days(previous.first(), day));
        } else {
            reads.add(new Days(day, day));
        }
    }

    /**
     * The store's rows of these days for the measures charted by day; days without rows had no
     * visits. Rows of other measures are refused.
     */
    public void putByDay(Days days, Map<LocalDate, List<Row>> rows) {
        put(days, rows, byDay, byDayLoaded, true);
    }

    /** The store's day rows of the measures not charted by day, for these days. */
    public void putDetail(Days days, Map<LocalDate, List<Row>> rows) {
        put(days, rows, detail, detailLoaded, false);
    }

    private static void put(Days days, Map<LocalDate, List<Row>> rows, Map<LocalDate, List<Row>> into,
            Set<LocalDate> loaded, boolean chartedByDay) {
        for (LocalDate day = days.first(); !day.isAfter(days.last()); day = day.plusDays(1)) {
            List<Row> dayRows = rows.getOrDefault(day, List.of());
            check(dayRows, chartedByDay);
            into.put(day, List.copyOf(dayRows));
            loaded.add(day);
        }
        rows.keySet().forEach(day -> {
            if (day.isBefore(days.first()) || day.isAfter(days.last())) {
                throw new IllegalArgumentException("row of " + day + " outside " + days);
            }
        });
    }

    /** The store's month rows of the measures not charted by day, for these months. */
    public void putMonths(Months span, Map<YearMonth, List<Row>> rows) {
        for (YearMonth month = span.first(); !month.isAfter(span.last()); month = month.plusMonths(1)) {
            List<Row> monthRows = rows.getOrDefault(month, List.of());
            check(monthRows, false);
            months.put(month, List.copyOf(monthRows));
            monthsLoaded.add(month);
        }
    }

    private static void check(Collection<Row> rows, boolean chartedByDay) {
        for (Row row : rows) {
            if (row.measure().chartedByDay() != chartedByDay) {
                throw new IllegalArgumentException(row.measure().id() + (chartedByDay ? " is not" : " is")
                        + " charted by day");
            }
        }
    }

    /** Drops what was loaded for these days and their months: they changed in the store. */
    public void forget(Collection<LocalDate> days) {
        for (LocalDate day : days) {
            byDay.remove(day);
            byDayLoaded.remove(day);
            detail.remove(day);
            detailLoaded.remove(day);
            YearMonth month = YearMonth.from(day);
            months.remove(month);
            monthsLoaded.remove(month);
        }
    }

    /** Drops everything: the next range is read again in full. */
    public void clear() {
        byDay.clear();
        byDayLoaded.clear();
        detail.clear();
        detailLoaded.clear();
        months.clear();
        monthsLoaded.clear();
    }

    /** Rows held, for tests and the benchmark. */
    public int rows() {
        int held = 0;
        for (List<Row> rows : byDay.values()) {
            held += rows.size();
        }
        for (List<Row> rows : detail.values()) {
            held += rows.size();
        }
        for (List<Row> rows : months.values()) {
            held += rows.size();
        }
        return held;
    }

    /**
     * The filter's counts, as the store's rollup query gives them.
     *
     * @throws IllegalStateException when {@link #missing} of its range is not empty
     */
    public UsageCounts counts(UsageFilter filter) {
        DateRange range = filter.range();
        if (!missing(range).isEmpty()) {
            throw new IllegalStateException("not loaded: " + missing(range));
        }
        Split split = Split.of(range);
        String kiosk = filter.kioskId().orElse(null);
        UsageCounts.Builder counts = UsageCounts.builder(filter);
        for (LocalDate day = range.first(); !day.isAfter(range.last()); day = day.plusDays(1)) {
            for (Row row : byDay.get(day)) {
                if (kiosk == null || kiosk.equals(row.kioskId())) {
                    counts.add(day, row.measure(), row.bucket(), row.visits());
                    if (row.measure() == Measure.DISPOSITION && row.demo()) {
                        counts.addDemoVisits(row.visits());
                    }
                }
            }
            if (split.byDetail(day)) {
                for (Row row : detail.get(day)) {
                    if (kiosk == null || kiosk.equals(row.kioskId())) {
                        counts.add(day, row.measure(), row.bucket(), row.visits());
                    }
                }
            }
        }
        if (split.wholeMonths()) {
            for (YearMonth month = YearMonth.from(split.monthsFrom()); month.atDay(1).isBefore(split.monthsUntil());
                    month = month.plusMonths(1)) {
                for (Row row : months.get(month)) {
                    if (kiosk == null || kiosk.equals(row.kioskId())) {
                        addMonthRow(counts, row);
                    }
                }
            }
        }
        return counts.build();
    }

    private static void addMonthRow(UsageCounts.Builder counts, Row row) {
        if (row.measure() == Measure.HOUR) {
            int split = row.bucket().indexOf(Measure.ENDED_SEPARATOR);
            counts.addWeekdayHour(DayOfWeek.of(Integer.parseInt(row.bucket().substring(0, split))),
                    row.bucket().substring(split + 1), row.visits());
        } else {
            counts.addUndated(row.measure(), row.bucket(), row.visits());
        }
    }
}
