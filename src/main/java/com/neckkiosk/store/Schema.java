package com.neckkiosk.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The tables' version, kept by Flyway from the scripts in {@code db/migration}. The kiosk
 * that owns the database file upgrades it when it opens; a client only checks that the
 * server's tables are the version this program was built for.
 */
final class Schema {

    static final List<String> PRODUCT_MIGRATIONS = List.of("classpath:db/migration");
    /** The newest script in {@code db/migration}; SchemaUpgradeTest holds the two equal. */
    static final String LATEST_SHIPPED = "8";

    /**
     * Held so the level sticks: Flyway logs every start at INFO; store errors surface on their own.
     * Set here, where Flyway is used, not in {@code main}: java.util.logging's set-up (it scans the
     * class path) is then off the kiosk's start-up path, which opens the store after its first paint.
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.SEVERE);
    }

    private final Database database;
    private final boolean product;
    private final List<String> migrationLocations;
    private Flyway flyway;

    Schema(Database database, List<String> migrationLocations) {
        this.database = database;
        this.product = migrationLocations.equals(PRODUCT_MIGRATIONS);
        this.migrationLocations = List.copyOf(migrationLocations);
    }

    /** Brings the tables up to this program's version; an upgrade that fails is undone. */
    void upgrade(UpgradeBackup backup) {
        if (product && upToDate()) {
            return; // Flyway (about a second of class loading and scanning) only when there is work
        }
        MigrationInfoService info = info();
        refuseUnusable(info);
        MigrationInfo[] pending = info.pending();
        if (pending.length == 0) {
            return;
        }
        database.withConnection("cannot back up before upgrading the tables", connection -> {
            backup.take(connection);
            return null;
        });
        try {
            flyway().migrate();
        } catch (FlywayException e) {
            database.shutdown();
            backup.restore();
            throw new StoreException(database.describe("upgrading the tables to version "
                    + pending[pending.length - 1].getVersion() + " failed, so the database was put back as it was: "
                    + DatabaseErrors.plainWords(e)), e);
        }
        backup.discard();
    }

    /**
     * Whether Flyway's history says the tables are at {@link #LATEST_SHIPPED} with no failed
     * step: two reads of its small table. Anything else (a new database, an older or newer
     * version, a failure) goes through Flyway, which upgrades or refuses.
     */
    private boolean upToDate() {
        try {
            return database.read("cannot read the tables' version", connection -> {
                try (java.sql.Statement statement = connection.createStatement()) {
                    try (java.sql.ResultSet failed = statement.executeQuery("SELECT 1 FROM \"flyway_schema_history\""
                            + " WHERE NOT \"success\" FETCH FIRST 1 ROWS ONLY")) {
                        if (failed.next()) {
                            return false;
                        }
                    }
                    try (java.sql.ResultSet latest = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                            + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC FETCH FIRST 1 ROWS ONLY")) {
                        return latest.next() && LATEST_SHIPPED.equals(latest.getString(1));
                    }
                }
            });
        } catch (StoreException e) {
            return false; // no history table yet: a new database
        }
    }

    /** Flyway, configured when first needed (loading it costs a second on a busy machine). */
    private Flyway flyway() {
        if (flyway == null) {
            flyway = Flyway.configure()
                    .dataSource(database.dataSource())
                    .locations(migrationLocations.toArray(String[]::new))
                    .failOnMissingLocations(true)
                    .validateMigrationNaming(true)
                    .load();
        }
        return flyway;
    }

    /** For a client: the server's tables must be exactly this program's version. */
    void verify() {
        MigrationInfoService info = info();
        refuseUnusable(info);
        if (info.pending().length > 0) {
            throw new StoreException(database.describe("cannot use the tables: they are at version "
                    + versionText(info.current()) + " but this program needs version " + latestKnown(info).orElse(null)
                    + "; update the server kiosk to this program's version first"));
        }
    }

    private MigrationInfoService info() {
        try {
            return flyway().info();
        } catch (FlywayException e) {
            throw database.failure("cannot read the tables' version", e);
        }
    }

    private void refuseUnusable(MigrationInfoService info) {
        for (MigrationInfo migration : info.all()) {
            MigrationState state = migration.getState();
            if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
                throw new StoreException(database.describe("cannot use the tables: they are at version "
                        + versionText(info.current()) + ", newer than this program's version "
                        + latestKnown(info).orElse(null) + "; update this kiosk's program"));
            }
            if (state.isFailed()) {
                throw new StoreException(database.describe("cannot use the tables: an earlier upgrade to version "
                        + migration.getVersion() + " failed part-way; restore the database from a backup"));
            }
        }
    }

    private static Optional<MigrationVersion> latestKnown(MigrationInfoService info) {
        return Arrays.stream(info.all())
                .filter(migration -> migration.getState().isResolved() && migration.getVersion() != null)
                .map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo);
    }

    private static String versionText(MigrationInfo current) {
        return current == null || current.getVersion() == null ? "none (no kiosk tables)" : current.getVersion().toString();
    }
}
