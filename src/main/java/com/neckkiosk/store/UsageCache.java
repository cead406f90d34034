package com.neckkiosk.store;

import com.neckkiosk.stats.DateRange;
import com.neckkiosk.stats.UsageCounts;
import com.neckkiosk.stats.UsageCube;
import com.neckkiosk.stats.UsageFilter;
import com.neckkiosk.stats.UsageSource;
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

    /** Reads of the store so far (the month packs once per range, the day packs per run of days, the kiosk list): for tests. */
    synchronized int reads() {
        return reads;
    }

    private void load(Collection<DateRange> ranges) {
        // a list, not a map: a record's first hashCode costs ~25 ms of method handle set-up in a fresh JVM
        List<DateRange> wanted = List.copyOf(ranges);
        UsageCube.Missing[] missing = new UsageCube.Missing[wanted.size()];
        boolean any = false;
        for (int i = 0; i < missing.length; i++) {
            missing[i] = cube.missing(wanted.get(i));
            any |= !missing[i].isEmpty();
        }
        if (!any) {
            return;
        }
        database.read("cannot read the usage statistics", connection -> {
            if (!changes.isStarted()) { // what later refreshes compare against: the versions as the first read sees them
                changes.start(connection);
            }
            for (int i = 0; i < missing.length; i++) {
                // what the first range read may also serve the next ones: ask again for those
                reads += RollupRows.load(connection, cube, wanted.get(i), i == 0 ? missing[i] : cube.missing(wanted.get(i)));
            }
            return null;
        });
    }
}
