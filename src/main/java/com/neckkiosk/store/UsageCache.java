package com.neckkiosk.store;

import com.neckkiosk.stats.DateRange;
import com.neckkiosk.stats.UsageCounts;
import com.neckkiosk.stats.UsageCube;
import com.neckkiosk.stats.UsageFilter;
import com.neckkiosk.stats.UsageSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The dashboard's counts from a {@link UsageCube} of rollup rows: a range's rows are read once
 * (one statement per kind of row), and any filter they cover, one kiosk or all, is added up in
 * memory without the database. {@link #refresh} drops what changed in the store since, so the
 * next read asks only for those days again. Thread-safe; calls that read block.
 */
final class UsageCache implements UsageSource {

    private final Database database;
    private final UsageCube cube = new UsageCube();
    private final RollupChanges changes = new RollupChanges();
    private List<String> kiosks;
    private int reads;

    UsageCache(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public synchronized UsageCounts usage(UsageFilter filter) {
        Objects.requireNonNull(filter, "filter");
        load(List.of(filter.range()));
        return cube.counts(filter);
    }

    @Override
    public synchronized List<String> kioskIds() {
        if (kiosks == null) {
            kiosks = List.copyOf(database.read("cannot read the kiosk list", RollupRows::kioskIds));
            reads++;
        }
        return kiosks;
    }

    /** Reads what these ranges need and is not held yet, so choosing them later reads nothing. */
    @Override
    public synchronized void prefetch(Collection<DateRange> ranges) {
        load(ranges);
    }

    /** Forgets the days whose counts changed in the store since the last read (and the kiosk list). */
    @Override
    public synchronized void refresh() {
        database.read("cannot check the usage statistics for changes", connection -> {
            changes.changedDays(connection).ifPresentOrElse(cube::forget, cube::clear);
            return null;
        });
        kiosks = null;
    }

    /** Rows held in memory: for tests. */
    synchronized int rowsHeld() {
        return cube.rows();
    }

    /** Reads of the store so far (one per kind of row and run of days or months, and the kiosk list): for tests. */
    synchronized int reads() {
        return reads;
    }

    private void load(Collection<DateRange> ranges) {
        boolean any = ranges.stream().anyMatch(range -> !cube.missing(range).isEmpty());
        if (!any) {
            return;
        }
        database.read("cannot read the usage statistics", connection -> {
            if (!changes.isStarted()) { // what later refreshes compare against: the versions as the first read sees them
                changes.start(connection);
            }
            for (DateRange range : ranges) {
                load(connection, cube.missing(range));
            }
            return null;
        });
    }

    private void load(Connection connection, UsageCube.Missing missing) throws SQLException {
        reads += missing.byDay().size() + missing.months().size() + missing.detail().size();
        // the month packs hold both the days of the measures charted by day and the months of the others: read once
        java.time.YearMonth first = null;
        java.time.YearMonth last = null;
        for (UsageCube.Days days : missing.byDay()) {
            first = earlier(first, java.time.YearMonth.from(days.first()));
            last = later(last, java.time.YearMonth.from(days.last()));
        }
        for (UsageCube.Months months : missing.months()) {
            first = earlier(first, months.first());
            last = later(last, months.last());
        }
        List<RollupPacks.Row> monthPacks = first == null ? List.of() : RollupRows.monthPacks(connection, first, last);
        for (UsageCube.Days days : missing.byDay()) {
            cube.putByDay(days, RollupRows.chartedDays(monthPacks, days));
        }
        for (UsageCube.Months months : missing.months()) {
            cube.putMonths(months, RollupRows.monthRows(monthPacks, months));
        }
        for (UsageCube.Days days : missing.detail()) {
            cube.putDetail(days, RollupRows.readDays(connection, days, false));
        }
    }

    private static java.time.YearMonth earlier(java.time.YearMonth held, java.time.YearMonth month) {
        return held == null || month.isBefore(held) ? month : held;
    }

    private static java.time.YearMonth later(java.time.YearMonth held, java.time.YearMonth month) {
        return held == null || month.isAfter(held) ? month : held;
    }
}
