package com.neckkiosk.store;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.stats.UsageCounts;
import com.neckkiosk.stats.UsageFilter;
import com.neckkiosk.stats.UsageSource;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The kiosk's visits and alerts in H2: a file database of this kiosk's own (EMBEDDED), the
 * same file also served to the front desk over TCP (SERVER), or a database another kiosk
 * serves (CLIENT). Every call blocks on the database and is thread-safe; never call one on
 * the event dispatch thread (see {@link StoreWriter}). Every database problem is a
 * {@link StoreException} naming the database and what went wrong.
 */
public final class KioskStore implements VisitLog, UsageSource, AutoCloseable {

    private final Database database;
    private final TcpServer server;
    private final Path dataDir;

    /**
     * Opened by {@link StoreOpener}; {@code server} is null unless this kiosk serves its
     * database, {@code dataDir} null when it uses another kiosk's.
     */
    KioskStore(Database database, TcpServer server, Path dataDir) {
        this.database = database;
        this.server = server;
        this.dataDir = dataDir;
    }

    /**
     * Opens the store, creating the database when there is none (EMBEDDED, SERVER) and
     * bringing its tables up to this program's version, or, for a CLIENT, checking that
     * the server's tables are that version.
     */
    public static KioskStore open(DatabaseSettings settings) {
        return open(settings, Schema.PRODUCT_MIGRATIONS);
    }

    /**
     * As {@link #open(DatabaseSettings)}, handing {@code phases} each opening step's name and
     * nanoseconds (for {@code bench dashboard}; see {@link StoreOpener}).
     */
    public static KioskStore open(DatabaseSettings settings, java.util.function.ObjLongConsumer<String> phases) {
        return StoreOpener.open(Objects.requireNonNull(settings, "settings"), Schema.PRODUCT_MIGRATIONS,
                Objects.requireNonNull(phases, "phases"));
    }

    /** With other migration scripts: for tests of upgrades. */
    static KioskStore open(DatabaseSettings settings, List<String> migrationLocations) {
        return StoreOpener.open(Objects.requireNonNull(settings, "settings"), migrationLocations);
    }

    @Override
    public void save(VisitRecord visit) {
        VisitRows.check(visit);
        database.write("cannot save the visit", connection -> {
            VisitRows.save(connection, visit);
            return null;
        });
    }

    /**
     * Saves the visit and its alert in one transaction. An alert whose id is already
     * stored is left as it is (so a re-delivered alert is stored once, and keeps its
     * acknowledgement); the visit is saved either way.
     */
    @Override
    public void saveWithAlert(VisitRecord visit, AlertRecord alert) {
        VisitRows.check(visit);
        AlertRows.check(alert);
        if (!alert.visitId().equals(visit.id())) {
            throw new IllegalArgumentException("the alert belongs to another visit");
        }
        database.write("cannot save the visit and its alert", connection -> {
            VisitRows.save(connection, visit);
            AlertRows.insertIfAbsent(connection, alert);
            return null;
        });
    }

    @Override
    public String nextVisitCode(String kioskId, LocalDate day) {
        StoredIds.check(StoredIds.KIOSK_ID, "kiosk id", kioskId);
        Objects.requireNonNull(day, "day");
        int number = database.write("cannot count the next visit code",
                connection -> VisitCodes.next(connection, kioskId, day));
        return kioskId + "-" + number;
    }

    public Optional<VisitRecord> findVisit(String id) {
        return database.read("cannot read the visit", connection -> VisitRows.find(connection, id));
    }

    /** Today's reprints: the visit given this code on {@code day}. */
    public Optional<VisitRecord> findByVisitCode(String code, LocalDate day) {
        return database.read("cannot look up the visit code",
                connection -> VisitRows.findByCode(connection, code, day));
    }

    /** Alerts not yet acknowledged, newest first. */
    public List<AlertRecord> openAlerts() {
        return database.read("cannot read the open alerts", AlertRows::open);
    }

    /** Alerts raised on {@code day} in {@code zone}, acknowledged or not, newest first. */
    public List<AlertRecord> alertsRaisedOn(LocalDate day, ZoneId zone) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant until = day.plusDays(1).atStartOfDay(zone).toInstant();
        return database.read("cannot read the day's alerts",
                connection -> AlertRows.raisedBetween(connection, from, until));
    }

    public Optional<AlertRecord> findAlert(String id) {
        return database.read("cannot read the alert", connection -> AlertRows.find(connection, id));
    }

    /** @return true if the alert was open and is now acknowledged; false if unknown or already acknowledged */
    public boolean acknowledge(String alertId, Instant at) {
        Objects.requireNonNull(at, "at");
        return database.write("cannot acknowledge the alert",
                connection -> AlertRows.acknowledge(connection, alertId, at));
    }

    /** Records a printer problem for the front desk; a notice whose id is stored already is left as it is. */
    @Override
    public void recordPrinterNotice(PrinterNotice notice) {
        PrinterNoticeRows.check(notice);
        database.write("cannot record the printer notice", connection -> PrinterNoticeRows.insertIfAbsent(connection, notice));
    }

    /** Printer notices not yet marked dealt with, newest first. */
    public List<PrinterNotice> openPrinterNotices() {
        return database.read("cannot read the printer notices", PrinterNoticeRows::open);
    }

    /** Printer notices raised on {@code day} in {@code zone}, resolved or not, newest first. */
    public List<PrinterNotice> printerNoticesRaisedOn(LocalDate day, ZoneId zone) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant until = day.plusDays(1).atStartOfDay(zone).toInstant();
        return database.read("cannot read the day's printer notices",
                connection -> PrinterNoticeRows.raisedBetween(connection, from, until));
    }

    /** The data folder of a store that holds its file (EMBEDDED, SERVER); null for a CLIENT. */
    Path dataDir() {
        return dataDir;
    }

    /**
     * Hands {@code write} a path where H2 is to put a consistent copy of the open database
     * ({@code BACKUP TO}, taken while visits keep being saved), and returns what it returns.
     */
    <T> T backup(Function<Consumer<Path>, T> write) {
        if (dataDir() == null) {
            throw new StoreException(database.describe("cannot back up: this kiosk uses another kiosk's database;"
                    + " the server kiosk takes the backups"));
        }
        return write.apply(zip -> database.withConnection("cannot back up", connection -> {
            H2Dialect.backup(connection, zip);
            return null;
        }));
    }

    /** @return true if the notice was open and is now marked dealt with */
    public boolean resolvePrinterNotice(String id, Instant at) {
        Objects.requireNonNull(at, "at");
        return database.write("cannot resolve the printer notice",
                connection -> PrinterNoticeRows.resolve(connection, id, at));
    }

    /** Records the name staff know this kiosk by, so alerts can show it; renames an existing one. */
    public void registerKiosk(String kioskId, String name) {
        StoredIds.check(StoredIds.KIOSK_ID, "kiosk id", kioskId);
        KioskRows.checkName(name);
        database.write("cannot record the kiosk's name", connection -> {
            KioskRows.register(connection, kioskId, name);
            return null;
        });
    }

    /** The dashboard's counts for a filter, from the usage rollup (never the visit table). */
    @Override
    public UsageCounts usage(UsageFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return database.read("cannot read the usage statistics", connection -> RollupRows.read(connection, filter));
    }

    /**
     * A source for one dashboard that keeps the rollup rows it has read in memory: a filter
     * change whose days were read before asks nothing of the database, and a refresh re-reads
     * only the days that changed (see {@link UsageCache}).
     */
    public UsageSource usageCache() {
        return new UsageCache(database);
    }

    @Override
    public List<String> kioskIds() {
        return database.read("cannot read the kiosk list", RollupRows::kioskIds);
    }

    /**
     * Inserts visits that are not stored yet, in one transaction, with their rollup counts:
     * the fast path for synthetic visits ({@code seed-demo-data}). A visit whose id is stored
     * already fails the whole batch.
     */
    public void insertNewVisits(List<VisitRecord> visits) {
        visits.forEach(VisitRows::check);
        database.write("cannot insert the visits", connection -> {
            VisitRows.insertNew(connection, visits);
            return null;
        });
    }

    /**
     * Bulk load of {@code count} new visits from {@code visits}, for {@code seed-demo-data} and
     * {@code bench dashboard}: committed {@value #BULK_BATCH} at a time with reused batched
     * statements, while their rollup counts add up in memory and are written once at the end
     * (also when a batch fails, for the batches already committed), instead of a
     * read-modify-write of the rollup per batch. With {@code details} false only the visit rows
     * are stored, not their answers, reasons and exercises: the rollup still counts those, but a
     * {@link #rebuildUsageRollup} would lose them and the console cannot reprint such visits;
     * only the bench, which reads nothing but the rollup, uses that.
     */
    public void insertNewVisits(Supplier<VisitRecord> visits, int count, boolean details) {
        insertNewVisits(visits, count, details, BULK_BATCH);
    }

    /** With another transaction size: for tests. */
    void insertNewVisits(Supplier<VisitRecord> visits, int count, boolean details, int batchSize) {
        Map<RollupRows.Cell, Long> committed = new HashMap<>();
        List<String> restore = database.holdsFile() ? database.withConnection("cannot prepare the bulk load", H2Dialect::beginBulkLoad)
                : List.of();
        try {
            List<VisitRecord> batch = new ArrayList<>(batchSize);
            for (int i = 0; i < count; i++) {
                VisitRecord visit = visits.get();
                VisitRows.check(visit);
                batch.add(visit);
                if (batch.size() == batchSize || i == count - 1) {
                    database.write("cannot insert the visits", connection -> {
                        VisitRows.insertRows(connection, batch, details);
                        return null;
                    });
                    batch.forEach(inserted -> RollupRows.collect(committed, inserted, 1));
                    batch.clear();
                }
            }
        } finally {
            if (!committed.isEmpty()) {
                database.write("cannot count the inserted visits", connection -> {
                    RollupRows.add(connection, committed);
                    return null;
                });
            }
            if (!restore.isEmpty()) {
                database.withConnection("cannot end the bulk load", connection -> {
                    H2Dialect.endBulkLoad(connection, restore);
                    return null;
                });
            }
        }
    }

    /** Visits per transaction of the bulk load: large enough that commits cost little, small enough for memory. */
    static final int BULK_BATCH = 20_000;

    /** Kiosk id to the name staff know it by, for every kiosk that has started once. */
    public Map<String, String> kioskNames() {
        return database.read("cannot read the kiosks' names", KioskRows::names);
    }

    /** Counts that change when any alert or printer notice is raised or closed; cheap, for polling. */
    public FrontDeskStamp frontDeskStamp(Instant since) {
        Objects.requireNonNull(since, "since");
        return database.read("cannot check for new alerts", connection -> FrontDeskStamp.read(connection, since));
    }

    /** Deletes every synthetic visit (demo = TRUE) and its counts; real visits stay. */
    public int removeDemoVisits() {
        return database.write("cannot remove the demo visits", VisitRows::deleteDemo);
    }

    /** Refills the usage rollup from the visits (after a repair by hand, or to check it). */
    public void rebuildUsageRollup() {
        database.write("cannot rebuild the usage statistics", connection -> {
            RollupRows.rebuild(connection);
            return null;
        });
    }

    public long countVisits() {
        return database.read("cannot count the visits", VisitRows::count);
    }

    /**
     * Forgets what is only needed on the day: clears the visit codes of visits before
     * {@code today}, and coarsens the times of alerts raised before it to the hour.
     *
     * @return how many visits and alerts changed (0 when run again)
     */
    public int forgetOldDetails(LocalDate today, ZoneId zone) {
        return database.write("cannot forget old details",
                connection -> PrivacyUpkeep.forgetBefore(connection, today, zone));
    }

    /**
     * Closes a file database this process holds alone and compacts its file fully, so its size on
     * disk is its data (after a bulk load, H2's file keeps free space it compacts only bit by bit).
     */
    public void closeCompacted() {
        if (server != null) {
            throw new IllegalStateException("a served database is not compacted while others may use it");
        }
        database.closeCompactedIfAlone();
    }

    /**
     * Compacts the file while the kiosk runs, if it is mostly free space (commits are appended to
     * it, see {@link H2Dialect#fileUrl}); writes asked for meanwhile wait for it. The nightly
     * backup does this first, so a kiosk that runs for months keeps a file about its data's size.
     * A served database is left alone: others use it. Returns whether it compacted.
     */
    public boolean compactIfSparse() {
        return server == null && database.sparse() && database.compactInPlace();
    }

    /**
     * Stops serving (SERVER), then closes the database, compacting its file first if that is
     * mostly free space (commits are appended to it, see {@link H2Dialect#fileUrl}). Calling it
     * again does nothing.
     */
    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            closeDatabase();
        }
    }

    private void closeDatabase() {
        boolean sparse;
        try {
            sparse = database.sparse();
        } catch (StoreException e) {
            sparse = false; // a database that cannot say how full it is gets closed all the same
        }
        if (sparse) {
            database.closeCompactedQuietly();
        } else {
            database.close();
        }
    }
}
