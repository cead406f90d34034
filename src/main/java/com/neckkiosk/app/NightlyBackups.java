package com.neckkiosk.app;

import com.neckkiosk.store.Backups;
import com.neckkiosk.store.KioskStore;
import com.neckkiosk.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The running kiosk's own backups: it holds the database file, so it copies it itself
 * (H2's online backup; patients keep using the kiosk meanwhile). Every quarter of an hour
 * it asks {@link Backups#due}: once a night, or as soon as the newest copy is over a day
 * old. Runs on its own daemon thread, never the event dispatch thread.
 */
final class NightlyBackups implements AutoCloseable {

    private static final long CHECK_MINUTES = 15;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "nightly-backup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    /** @param store the open store once it is open, else null (still opening, or it failed) */
    static NightlyBackups start(Supplier<KioskStore> store, Path folder, Clock clock) {
        NightlyBackups backups = new NightlyBackups();
        backups.timer.scheduleWithFixedDelay(() -> takeIfDue(store.get(), folder, clock),
                1, CHECK_MINUTES * 60, TimeUnit.SECONDS);
        return backups;
    }

    /** One check: a backup when one is due. */
    static void takeIfDue(KioskStore store, Path folder, Clock clock) {
        if (store == null) {
            return;
        }
        try {
            if (Backups.due(Backups.newest(folder), ZonedDateTime.now(clock))) {
                compactFirst(store);
                System.err.println("backup: written " + Backups.take(store, folder, clock.instant()));
            }
        } catch (StoreException e) {
            // said in the log each quarter of an hour until it works; the kiosk goes on
            System.err.println("backup: " + e.getMessage());
        }
    }

    /** Commits are appended to the file; once a night it gets back to its data's size (and the backup with it). */
    private static void compactFirst(KioskStore store) {
        try {
            if (store.compactIfSparse()) {
                System.err.println("database: compacted before the backup");
            }
        } catch (StoreException e) {
            System.err.println("database: " + e.getMessage() + "; the backup goes ahead");
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
