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
 * Measure#chartedByDay() charted by day} per day, a month at a time ({@code byDay}: one
 * {@link DayCounts} per counter of a kiosk, with the month's days as an array); the other measures per
 * calendar month ({@code months}, the hour measure's bucket {@code weekday:hour}); and the other
 * measures per day ({@code detail}), only for the days before and after a range's whole months.
 * A month at a range's end, partly in it, needs no day rows of the other measures when the store
 * shows it has no visits on its days outside the range: its month rows are then exactly those
 * days' counts ({@link #putMonths(Months, Map, Map)} says on which days each month has visits).
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

    /**
     * One counter of a kiosk (measure charted by day, bucket) over the days of a month:
     * {@code visits[d - 1]} on day {@code d}.
     */
    public record DayCounts(Measure measure, String kioskId, boolean demo, String bucket, long[] visits) {
        public DayCounts {
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
     * What a range needs that is not loaded yet, as few contiguous reads as possible: the months
     * of day counts of the measures charted by day, month rows and day rows of the others. {@code edges}: the
     * months at the range's ends, partly in it, whose day rows of the other measures are listed
     * in {@code detail} but whose month rows, with the days they have visits on, are not loaded:
     * a store that reads those first, then asks again, may find it needs fewer day rows.
     */
    public record Missing(List<Months> byDay, List<Months> months, List<Days> detail, List<YearMonth> edges) {
        public boolean isEmpty() {
            return byDay.isEmpty() && months.isEmpty() && detail.isEmpty();
        }
    }

    private final Map<YearMonth, List<DayCounts>> byDay = new HashMap<>();
    private final Map<YearMonth, List<Row>> months = new HashMap<>();
    private final Map<LocalDate, List<Row>> detail = new HashMap<>();
    private final Set<YearMonth> byDayLoaded = new HashSet<>();
    private final Set<YearMonth> monthsLoaded = new HashSet<>();
    private final Set<LocalDate> detailLoaded = new HashSet<>();
    /** For months whose rows are loaded with it: the first and last day with visits (absent: none). */
    private final Map<YearMonth, Days> visitDays = new HashMap<>();
    private final Set<YearMonth> visitDaysKnown = new HashSet<>();

    /**
     * How the range splits: whole calendar months in the middle, days before and after; of the
     * months of those days ({@code edges}), the ones whose month rows stand in for their days
     * ({@code coveredEdges}, see {@link #covers}).
     */
    private record Split(DateRange range, LocalDate monthsFrom, LocalDate monthsUntil, List<YearMonth> edges,
            Set<YearMonth> coveredEdges) {

        boolean wholeMonths() {
            return monthsFrom.isBefore(monthsUntil);
        }

        /** Whether the other measures count this day from the day rows (it is outside the whole months). */
        boolean byDetail(LocalDate day) {
            return (!wholeMonths() || day.isBefore(monthsFrom) || !day.isBefore(monthsUntil))
                    && (coveredEdges.isEmpty() || !coveredEdges.contains(YearMonth.from(day)));
        }
    }

    private Split split(DateRange range) {
        LocalDate first = range.first();
        LocalDate last = range.last();
        LocalDate from = first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
        LocalDate until = last.getDayOfMonth() == last.lengthOfMonth() ? last.plusDays(1) : last.withDayOfMonth(1);
        List<YearMonth> edges = new ArrayList<>(2);
        if (!from.isBefore(until)) { // no whole month: the range's days are in one or two months
            edges.add(YearMonth.from(first));
            if (!YearMonth.from(last).equals(edges.get(0))) {
                edges.add(YearMonth.from(last));
            }
        } else {
            if (first.isBefore(from)) {
                edges.add(YearMonth.from(first));
            }
            if (!last.isBefore(until)) {
                edges.add(YearMonth.from(last));
            }
        }
        Set<YearMonth> covered = new HashSet<>(2);
        for (YearMonth edge : edges) {
            if (covers(edge, range)) {
                covered.add(edge);
            }
        }
        return new Split(range, from, until, edges, covered);
    }

    /**
     * Whether this month's rows are loaded and count exactly its days in the range: the month
     * has no visits on its days outside it (a visit counts on its own day only).
     */
    private boolean covers(YearMonth month, DateRange range) {
        if (!monthsLoaded.contains(month) || !visitDaysKnown.contains(month)) {
            return false;
        }
        Days days = visitDays.get(month);
        return days == null || !days.first().isBefore(range.first()) && !days.last().isAfter(range.last());
    }

    /** What {@link #counts} of this range needs loaded first; empty when nothing. */
    public Missing missing(DateRange range) {
        Split split = split(range);
        List<Months> dayReads = new ArrayList<>();
        for (YearMonth month = YearMonth.from(range.first()); !month.isAfter(YearMonth.from(range.last()));
                month = month.plusMonths(1)) {
            if (!byDayLoaded.contains(month)) {
                extend(dayReads, month);
            }
        }
        List<Days> detailReads = new ArrayList<>();
        for (LocalDate day = range.first(); !day.isAfter(range.last()); day = day.plusDays(1)) {
            if (split.byDetail(day) && !detailLoaded.contains(day)) {
                extend(detailReads, day);
            }
        }
        List<Months> monthReads = new ArrayList<>();
        if (split.wholeMonths()) {
            for (YearMonth month = YearMonth.from(split.monthsFrom()); month.atDay(1).isBefore(split.monthsUntil());
                    month = month.plusMonths(1)) {
                if (!monthsLoaded.contains(month)) {
                    extend(monthReads, month);
                }
            }
        }
        List<YearMonth> edgeReads = new ArrayList<>(2);
        if (!detailReads.isEmpty()) {
            for (YearMonth edge : split.edges()) {
                if (!monthsLoaded.contains(edge) || !visitDaysKnown.contains(edge)) {
                    edgeReads.add(edge);
                }
            }
        }
        return new Missing(List.copyOf(dayReads), List.copyOf(monthReads), List.copyOf(detailReads),
                List.copyOf(edgeReads));
    }

    private static void extend(List<Months> reads, YearMonth month) {
        Months previous = reads.isEmpty() ? null : reads.get(reads.size() - 1);
        if (previous != null && previous.last().plusMonths(1).equals(month)) {
            reads.set(reads.size() - 1, new Months(previous.first(), month));
        } else {
            reads.add(new Months(month, month));
        }
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
     * The store's day counts of these months for the measures charted by day (each counter's
     * array as long as its month); months without any had no visits. Other measures are refused.
     */
    public void putByDay(Months span, Map<YearMonth, List<DayCounts>> counts) {
        for (YearMonth month = span.first(); !month.isAfter(span.last()); month = month.plusMonths(1)) {
            List<DayCounts> monthCounts = counts.getOrDefault(month, List.of());
            for (DayCounts counter : monthCounts) {
                if (!counter.measure().chartedByDay()) {
                    throw new IllegalArgumentException(counter.measure().id() + " is not charted by day");
                }
                if (counter.visits().length != month.lengthOfMonth()) {
                    throw new IllegalArgumentException(counter.visits().length + " days for " + month);
                }
            }
            byDay.put(month, List.copyOf(monthCounts));
            byDayLoaded.add(month);
        }
        counts.keySet().forEach(month -> {
            if (month.isBefore(span.first()) || month.isAfter(span.last())) {
                throw new IllegalArgumentException("counts of " + month + " outside " + span);
            }
        });
    }

    /** The store's day rows of the measures not charted by day, for these days. */
    public void putDetail(Days days, Map<LocalDate, List<Row>> rows) {
        for (LocalDate day = days.first(); !day.isAfter(days.last()); day = day.plusDays(1)) {
            List<Row> dayRows = rows.getOrDefault(day, List.of());
            check(dayRows, false);
            detail.put(day, List.copyOf(dayRows));
            detailLoaded.add(day);
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
            visitDaysKnown.remove(month);
            visitDays.remove(month);
        }
    }

    /**
     * As {@link #putMonths(Months, Map)}, with the first and last day on which each month has
     * visits (of any kiosk; a month absent from {@code visitDays} has none), so that a month
     * partly in a range can stand in for its days.
     */
    public void putMonths(Months span, Map<YearMonth, List<Row>> rows, Map<YearMonth, Days> visitDays) {
        putMonths(span, rows);
        for (YearMonth month = span.first(); !month.isAfter(span.last()); month = month.plusMonths(1)) {
            Days days = visitDays.get(month);
            if (days != null && (!YearMonth.from(days.first()).equals(month) || !YearMonth.from(days.last()).equals(month))) {
                throw new IllegalArgumentException("visit days " + days + " outside " + month);
            }
            if (days != null) {
                this.visitDays.put(month, days);
            }
            visitDaysKnown.add(month);
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
            detail.remove(day);
            detailLoaded.remove(day);
            YearMonth month = YearMonth.from(day);
            byDay.remove(month);
            byDayLoaded.remove(month);
            months.remove(month);
            monthsLoaded.remove(month);
            visitDays.remove(month);
            visitDaysKnown.remove(month);
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
        visitDays.clear();
        visitDaysKnown.clear();
    }

    /** Rows held, for tests and the benchmark. */
    public int rows() {
        int held = 0;
        for (List<DayCounts> counts : byDay.values()) {
            for (DayCounts counter : counts) {
                for (long visits : counter.visits()) {
                    held += visits > 0 ? 1 : 0;
                }
            }
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
        Missing missing = missing(range);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("not loaded: " + missing);
        }
        Split split = split(range);
        String kiosk = filter.kioskId().orElse(null);
        UsageCounts.Builder counts = UsageCounts.builder(filter);
        for (YearMonth month = YearMonth.from(range.first()); !month.isAfter(YearMonth.from(range.last()));
                month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1);
            int from = first.isBefore(range.first()) ? range.first().getDayOfMonth() - 1 : 0;
            int to = month.equals(YearMonth.from(range.last())) ? range.last().getDayOfMonth() - 1 : month.lengthOfMonth() - 1;
            for (DayCounts counter : byDay.get(month)) {
                if (kiosk == null || kiosk.equals(counter.kioskId())) {
                    long added = counts.addDays(first, counter.measure(), counter.bucket(), counter.visits(), from, to);
                    if (counter.measure() == Measure.DISPOSITION && counter.demo()) {
                        counts.addDemoVisits(added);
                    }
                }
            }
        }
        for (LocalDate day = range.first(); !day.isAfter(range.last()); day = day.plusDays(1)) {
            if (split.byDetail(day)) {
                for (Row row : detail.get(day)) {
                    if (kiosk == null || kiosk.equals(row.kioskId())) {
                        counts.add(day, row.measure(), row.bucket(), row.visits());
                    }
                }
            }
        }
        // months in order: the whole months, and the months at the ends whose rows stand in for their days
        List<YearMonth> fromMonthRows = new ArrayList<>();
        for (YearMonth month = YearMonth.from(range.first()); !month.isAfter(YearMonth.from(range.last()));
                month = month.plusMonths(1)) {
            boolean whole = split.wholeMonths() && !month.atDay(1).isBefore(split.monthsFrom())
                    && month.atDay(1).isBefore(split.monthsUntil());
            if (whole || split.coveredEdges().contains(month)) {
                fromMonthRows.add(month);
            }
        }
        for (YearMonth month : fromMonthRows) {
            for (Row row : months.get(month)) {
                if (kiosk == null || kiosk.equals(row.kioskId())) {
                    addMonthRow(counts, row);
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
