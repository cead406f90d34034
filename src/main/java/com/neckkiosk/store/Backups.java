package com.neckkiosk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.h2.api.ErrorCode;

/**
 * Nightly backups of a kiosk database: zip files named by the time they were taken (UTC),
 * each holding the database file and, once the database has been served, the owner key
 * that opens it. The newest {@link #KEEP} are kept.
 *
 * <p>While a kiosk runs it holds the database file, so no other process can open it: the
 * running kiosk takes its own backups ({@link #take(KioskStore, Path, Instant)}, H2's online
 * {@code BACKUP TO}, a consistent copy taken without stopping writers). With the kiosk
 * stopped, {@link #takeStopped} opens the file itself. {@link #restore} needs it stopped.
 */
public final class Backups {

    public static final int KEEP = 14;
    /** Inside the data folder, so backups get its owner-only permissions. */
    public static final String FOLDER = "backups";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String PREFIX = "kiosk-";
    private static final String SUFFIX = ".zip";
    private static final String DATABASE_ENTRY = H2Dialect.DATABASE_NAME + ".mv.db";
    private static final String KEY_ENTRY = H2Dialect.DATABASE_NAME + "-owner.key";
    private static final Set<String> ENTRIES = Set.of(DATABASE_ENTRY, KEY_ENTRY);

    private Backups() {
    }

    public static Path folderOf(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    /**
     * Whether the running kiosk should take its backup now: at night (01:00 to 04:59) when the
     * newest is 20 hours old, at any hour when it is 26 hours old (a kiosk switched off at
     * night), or when there is none.
     */
    public static boolean due(Optional<Instant> newest, ZonedDateTime now) {
        if (newest.isEmpty()) {
            return true;
        }
        Duration age = Duration.between(newest.get(), now.toInstant());
        int hour = now.getHour();
        boolean night = hour >= 1 && hour < 5;
        return age.compareTo(Duration.ofHours(26)) >= 0 || night && age.compareTo(Duration.ofHours(20)) >= 0;
    }

    /** A backup of the open store, taken while it keeps working; then the oldest beyond {@link #KEEP} go. */
    public static Path take(KioskStore store, Path folder, Instant now) {
        return store.backup(h2Backup -> write(h2Backup, folder, store.dataDir(), now));
    }

    /** A backup of a database no process has open (the kiosk is stopped). */
    public static Path takeStopped(Path dataDir, Path folder, Instant now) {
        String name = H2Dialect.databasePath(dataDir).toString();
        if (!H2Dialect.exists(dataDir)) {
            throw new StoreException("kiosk database " + name + ": cannot back up: there is no database file "
                    + H2Dialect.databaseFile(dataDir));
        }
        Connection owner;
        try {
            owner = Accounts.openAsOwner(dataDir, false, name);
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StoreException("kiosk database " + name + ": cannot back up by hand: the running kiosk holds"
                        + " the database and takes its own nightly backups into " + folder
                        + "; stop it first (systemctl stop neck-kiosk) to take one now", e);
            }
            throw e;
        }
        try (Connection connection = owner) {
            return write(zip -> {
                try {
                    H2Dialect.backup(connection, zip);
                } catch (SQLException e) {
                    throw new StoreException("kiosk database " + name + ": cannot back up: "
                            + DatabaseErrors.plainWords(e), e);
                }
            }, folder, dataDir, now);
        } catch (SQLException e) {
            throw new StoreException("kiosk database " + name + ": cannot close after the backup: "
                    + DatabaseErrors.plainWords(e), e);
        }
    }

    /** H2's copy first, then the final zip (database and key) under a temporary name, moved in place whole. */
    private static Path write(Consumer<Path> h2Backup, Path folder, Path dataDir, Instant now) {
        Path target = folder.resolve(PREFIX + STAMP.format(now.atOffset(ZoneOffset.UTC)) + SUFFIX);
        Path h2Copy = folder.resolve(target.getFileName() + ".h2.part");
        Path partial = folder.resolve(target.getFileName() + ".part");
        try {
            DataDirectory.prepare(folder, folder.toString());
            Files.deleteIfExists(h2Copy);
            h2Backup.accept(h2Copy);
            Path key = new OwnerKey(dataDir, dataDir.toString()).file();
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2Copy));
                 OutputStream file = Files.newOutputStream(partial);
                 ZipOutputStream out = new ZipOutputStream(file)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
                if (Files.exists(key)) {
                    out.putNextEntry(new ZipEntry(KEY_ENTRY));
                    Files.copy(key, out);
                    out.closeEntry();
                }
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            DataDirectory.protect(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(h2Copy);
            prune(folder, KEEP);
            return target;
        } catch (IOException e) {
            throw new StoreException("kiosk backup " + target + ": cannot write it ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    /** The backups in a folder, oldest first; files not named like one are ignored. */
    public static List<Path> list(Path folder) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path file : files) {
                if (takenAt(file).isPresent()) {
                    found.add(file);
                }
            }
        } catch (IOException e) {
            throw new StoreException("kiosk backups " + folder + ": cannot list them (" + e.getMessage() + ")", e);
        }
        found.sort(Comparator.comparing(file -> takenAt(file).orElseThrow()));
        return found;
    }

    public static Optional<Instant> newest(Path folder) {
        List<Path> all = list(folder);
        return all.isEmpty() ? Optional.empty() : takenAt(all.get(all.size() - 1));
    }

    static Optional<Instant> takenAt(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        try {
            String stamp = name.substring(PREFIX.length(), name.length() - SUFFIX.length());
            return Optional.of(LocalDateTime.parse(stamp, STAMP).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static void prune(Path folder, int keep) throws IOException {
        List<Path> all = list(folder);
        for (int i = 0; i < all.size() - keep; i++) {
            Files.deleteIfExists(all.get(i));
        }
    }

    /**
     * Puts a backup in place of the database (the kiosk must be stopped). The files it
     * replaces are kept beside it as {@code *.before-restore}; a backup that does not open
     * is refused and the old files are put back.
     */
    public static void restore(Path zip, Path dataDir) {
        String name = H2Dialect.databasePath(dataDir).toString();
        Path database = H2Dialect.databaseFile(dataDir);
        Path key = new OwnerKey(dataDir, name).file();
        checkIsBackup(zip);
        if (heldByAnotherProcess(database)) {
            throw new StoreException("kiosk database " + name + ": cannot restore " + zip
                    + ": the database is in use (stop the kiosk first: systemctl stop neck-kiosk)");
        }
        DataDirectory.prepare(dataDir, name);
        List<Path> moved = new ArrayList<>();
        try {
            for (Path current : List.of(database, key)) {
                if (Files.exists(current)) {
                    Path aside = current.resolveSibling(current.getFileName() + ".before-restore");
                    Files.move(current, aside, StandardCopyOption.REPLACE_EXISTING);
                    moved.add(current);
                }
            }
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (ENTRIES.contains(entry.getName())) {
                        Path file = dataDir.resolve(entry.getName());
                        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                        DataDirectory.protect(file);
                    }
                }
            }
            Accounts.openAsOwner(dataDir, false, name).close();
        } catch (IOException | SQLException | RuntimeException e) {
            putBack(database, key, moved, e);
            throw new StoreException("kiosk database " + name + ": cannot restore " + zip + ": "
                    + (e instanceof StoreException ? e.getMessage() : DatabaseErrors.plainWords(e))
                    + "; the database is as it was", e);
        }
    }

    private static void checkIsBackup(Path zip) {
        boolean hasDatabase = false;
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                hasDatabase |= entry.getName().equals(DATABASE_ENTRY);
            }
        } catch (IOException e) {
            throw new StoreException("kiosk backup " + zip + ": cannot read it (" + e.getMessage() + ")", e);
        }
        if (!hasDatabase) {
            throw new StoreException("kiosk backup " + zip + ": not a kiosk backup (it holds no " + DATABASE_ENTRY + ")");
        }
    }

    private static void putBack(Path database, Path key, List<Path> moved, Exception problem) {
        for (Path current : List.of(database, key)) {
            try {
                Files.deleteIfExists(current);
                if (moved.contains(current)) {
                    Files.move(current.resolveSibling(current.getFileName() + ".before-restore"), current);
                }
            } catch (IOException e) {
                problem.addSuppressed(e);
            }
        }
    }

    /** H2 locks the file it has open; another process's lock makes tryLock fail. */
    static boolean heldByAnotherProcess(Path database) {
        if (!Files.exists(database)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
