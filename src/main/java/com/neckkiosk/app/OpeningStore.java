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

/**
 * The store, opened on a background thread while the first screen paints: start-up waits
 * for nothing but the window. Every write waits for the opening to finish (writes never run
 * on the event dispatch thread), and a store that failed to open fails each write with the
 * reason, so the wizard tells the patient to go to the front desk instead of saying nothing.
 */
final class OpeningStore implements VisitLog, AutoCloseable {

    private final CompletableFuture<KioskStore> store;

    private OpeningStore(CompletableFuture<KioskStore> store) {
        this.store = store;
    }

    static OpeningStore openInBackground(DatabaseSettings settings) {
        CompletableFuture<KioskStore> opening = CompletableFuture.supplyAsync(() -> {
            KioskStore opened = KioskStore.open(settings);
            // privacy upkeep: yesterday's visit codes and exact alert times are coarsened
            opened.forgetOldDetails(LocalDate.now(), ZoneId.systemDefault());
            return opened;
        }, runnable -> {
            Thread thread = new Thread(runnable, "store-opener");
            thread.setDaemon(true);
            thread.start();
        });
        opening.whenComplete((opened, failure) -> {
            if (failure != null) {
                System.err.println("store: " + failure.getCause().getMessage());
            }
        });
        return new OpeningStore(opening);
    }

    private KioskStore store() {
        try {
            return store.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof StoreException
                    ? (StoreException) e.getCause()
                    : new StoreException("the database could not be opened: " + e.getCause());
        }
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
        if (store.isDone() && !store.isCompletedExceptionally()) {
            store.join().close();
        }
    }
}
