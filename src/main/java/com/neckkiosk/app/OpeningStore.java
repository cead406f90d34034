package com.neckkiosk.app;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.store.AlertRecord;
import com.neckkiosk.store.KioskStore;
import com.neckkiosk.store.PrinterNotice;
import com.neckkiosk.store.StoreException;
import com.neckkiosk.store.VisitLog;
import com.neckkiosk.store.VisitRecord;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The store, opened on a background thread (the kiosk: once the first screen has painted, so
 * start-up waits for nothing but the window and H2 does not compete with it). Every write waits for the opening to finish (writes never run
 * on the event dispatch thread), and a store that failed to open fails each write with the
 * reason, so the wizard tells the patient to go to the front desk instead of saying nothing.
 * A failed opening is tried again on the next write (at most every few seconds), so a kiosk
 * that started while the shared database was away joins it once it is back.
 */
final class OpeningStore implements VisitLog, AutoCloseable {

    private static final long RETRY_MILLIS = 2_000;

    private final DatabaseSettings settings;
    private final Consumer<KioskStore> onOpen;
    private volatile CompletableFuture<KioskStore> store;
    private long lastAttempt;
    private boolean started;

    private OpeningStore(DatabaseSettings settings, Consumer<KioskStore> onOpen) {
        this.settings = settings;
        this.onOpen = onOpen;
        this.store = new CompletableFuture<>();
    }

    /** Starts opening the store on a background thread (once; later calls do nothing). */
    synchronized OpeningStore open() {
        if (started) {
            return this;
        }
        started = true;
        lastAttempt = System.nanoTime();
        CompletableFuture<KioskStore> first = store;
        CompletableFuture.supplyAsync(this::openNow, runnable -> {
            Thread thread = new Thread(runnable, "store-opener");
            thread.setDaemon(true);
            thread.start();
        }).whenComplete((opened, failure) -> {
            if (failure != null) {
                System.err.println("store: " + failure.getCause().getMessage());
                first.completeExceptionally(failure.getCause());
            } else {
                first.complete(opened);
            }
        });
        return this;
    }

    static OpeningStore openInBackground(DatabaseSettings settings) {
        return new OpeningStore(settings, opened -> { }).open();
    }

    /** Also records the kiosk's name, so the front desk sees which kiosk raised an alert. */
    static OpeningStore openInBackground(DatabaseSettings settings, String kioskId, String kioskName) {
        return later(settings, kioskId, kioskName).open();
    }

    /**
     * As {@link #openInBackground(DatabaseSettings, String, String)}, but opening only when
     * {@link #open} is called: the kiosk calls it once its first screen is painted, so H2 and
     * Flyway do not compete with the start-up. Writes before that wait for it.
     */
    static OpeningStore later(DatabaseSettings settings, String kioskId, String kioskName) {
        return new OpeningStore(settings, opened -> {
            try {
                opened.registerKiosk(kioskId, kioskName);
            } catch (StoreException e) {
                System.err.println("store: " + e.getMessage());
            }
        });
    }

    private KioskStore openNow() {
        KioskStore opened = KioskStore.open(settings);
        try {
            // privacy upkeep: yesterday's visit codes and exact alert times are coarsened
            opened.forgetOldDetails(LocalDate.now(), ZoneId.systemDefault());
            onOpen.accept(opened);
            return opened;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private KioskStore store() {
        CompletableFuture<KioskStore> current = retryIfFailed();
        try {
            return current.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof StoreException
                    ? (StoreException) e.getCause()
                    : new StoreException("the database could not be opened: " + e.getCause());
        }
    }

    private synchronized CompletableFuture<KioskStore> retryIfFailed() {
        if (started && store.isCompletedExceptionally()
                && System.nanoTime() - lastAttempt > RETRY_MILLIS * 1_000_000) {
            lastAttempt = System.nanoTime();
            CompletableFuture<KioskStore> again = new CompletableFuture<>();
            try {
                again.complete(openNow());
            } catch (RuntimeException e) {
                again.completeExceptionally(e);
            }
            store = again;
        }
        return store;
    }

    /** Waits for the opening to end; false if it failed (writes will say why). */
    boolean awaitOpen() {
        try {
            store();
            return true;
        } catch (StoreException e) {
            return false;
        }
    }

    /** The store if it has opened, else null: for work that waits for nobody (nightly backups). */
    KioskStore openedOrNull() {
        return store.isDone() && !store.isCompletedExceptionally() ? store.join() : null;
    }

    @Override
    public void save(VisitRecord visit) {
        store().save(visit);
    }

    @Override
    public void saveWithAlert(VisitRecord visit, AlertRecord alert) {
        store().saveWithAlert(visit, alert);
    }

    @Override
    public String nextVisitCode(String kioskId, LocalDate day) {
        return store().nextVisitCode(kioskId, day);
    }

    @Override
    public void recordPrinterNotice(PrinterNotice notice) {
        store().recordPrinterNotice(notice);
    }

    /** Closes the store if it opened; one still opening at exit is left to H2's own shutdown. */
    @Override
    public void close() {
        CompletableFuture<KioskStore> current = store;
        if (current.isDone() && !current.isCompletedExceptionally()) {
            current.join().close();
        }
    }
}
