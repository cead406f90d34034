package com.neckkiosk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The copy of the database taken just before a schema upgrade. H2 commits each DDL
 * statement on its own, so a migration script that fails half-way would leave half its
 * changes (and Flyway a failed entry) behind; putting this copy back undoes all of it.
 * The copy lives only while the upgrade runs; one found when opening means the program
 * stopped during an upgrade, and is put back before anything else. A database created by
 * this very start needs no copy: undoing its first upgrade means removing it, and a marker
 * file says so in case the program stops before the upgrade is done.
 */
final class UpgradeBackup {

    private final Path dataDir;
    private final Path zip;
    private final Path partial;
    private final Path firstUpgradeMarker;
    private final String databaseName;
    private boolean createdNow;

    UpgradeBackup(Path dataDir, String databaseName) {
        this.dataDir = dataDir;
        this.zip = dataDir.resolve(H2Dialect.DATABASE_NAME + "-before-upgrade.zip");
        this.partial = dataDir.resolve(H2Dialect.DATABASE_NAME + "-before-upgrade.zip.part");
        this.firstUpgradeMarker = dataDir.resolve(H2Dialect.DATABASE_NAME + "-first-upgrade-running");
        this.databaseName = databaseName;
    }

    /** Before the database is opened: undoes an upgrade that a crash or power cut interrupted. */
    void restoreIfInterrupted() {
        try {
            // a backup still being written means the upgrade itself had not started
            Files.deleteIfExists(partial);
            if (Files.exists(firstUpgradeMarker)) {
                H2Dialect.delete(dataDir);
                Files.delete(firstUpgradeMarker);
            }
        } catch (IOException | RuntimeException e) {
            throw failure("cannot undo an upgrade that was interrupted", e);
        }
        if (Files.exists(zip)) {
            restore();
        }
    }

    /** The database did not exist before this start, so there is nothing to copy. */
    void databaseCreatedNow() {
        createdNow = true;
    }

    /**
     * Copies the database, under another name first so a crash mid-copy never leaves half
     * a copy as the real one; or, for a new database, leaves the marker.
     */
    void take(Connection connection) throws SQLException {
        try {
            if (createdNow) {
                Files.writeString(firstUpgradeMarker, "");
                return;
            }
            H2Dialect.backup(connection, partial);
            Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the backup " + zip, e);
        }
    }

    /** Puts the copy back (or removes a database this start created); the database must be closed. */
    void restore() {
        try {
            if (createdNow) {
                H2Dialect.delete(dataDir);
            } else {
                H2Dialect.restore(zip, dataDir);
            }
        } catch (RuntimeException e) {
            throw new StoreException("kiosk database " + databaseName + ": cannot undo a failed schema upgrade ("
                    + DatabaseErrors.plainWords(e) + ")" + (createdNow ? "; delete the new database by hand"
                    : "; the copy taken before it is kept at " + zip), e);
        }
        discard();
    }

    void discard() {
        try {
            Files.deleteIfExists(firstUpgradeMarker);
            Files.deleteIfExists(zip);
        } catch (IOException e) {
            throw failure("cannot remove the backup " + zip, e);
        }
    }

    private StoreException failure(String what, Exception e) {
        return new StoreException("kiosk database " + databaseName + ": " + what + ": " + e, e);
    }
}
