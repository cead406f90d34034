package com.neckkiosk.ui.wizard;

import com.neckkiosk.store.AlertRecord;
import com.neckkiosk.store.PrinterNotice;
import com.neckkiosk.store.VisitLog;
import com.neckkiosk.store.VisitRecord;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Writes visits and alerts through the {@link VisitLog}, never on the EDT: every call runs on
 * one background executor, in order, and the returned futures complete there; callers hop
 * back to the EDT with {@code thenAcceptAsync(..., Edt.ON_EDT)}.
 */
final class VisitWriter {

    /** Made at the first failure: the platform's logging set-up would otherwise cost the kiosk's start-up. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(VisitWriter.class.getName());
    }

    private final VisitLog log;
    private final String kioskId;
    private final Clock clock;
    private final Executor background;

    VisitWriter(VisitLog log, String kioskId, Clock clock, Executor background) {
        this.log = log;
        this.kioskId = kioskId;
        this.clock = clock;
        this.background = background;
    }

    /** One daemon thread, so writes keep their order and never hold the JVM open. */
    static ExecutorService newBackgroundExecutor() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "visit-log");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Saves a visit that ended before its result (abandoned or timed out). The patient has
     * gone, so a failure can only be logged for staff to find.
     */
    CompletableFuture<Void> saveUnfinished(VisitRecord visit) {
        return CompletableFuture.runAsync(() -> log.save(visit), background)
                .whenComplete((ok, failure) -> {
                    if (failure != null) {
                        Log.LOG.log(Level.ERROR, "could not save visit " + visit.id() + " (" + visit.outcome() + ")",
                                failure);
                    }
                });
    }

    /**
     * Records how the patient's print went: the visit again with its sheet status and, for a
     * fault, the printer notice for the front desk and the statistics.
     */
    CompletableFuture<Void> savePrint(VisitRecord visit, Optional<PrinterNotice> notice) {
        return CompletableFuture.runAsync(() -> {
            notice.ifPresent(log::recordPrinterNotice);
            log.save(visit);
        }, background).whenComplete((ok, failure) -> {
            if (failure != null) {
                Log.LOG.log(Level.ERROR, "could not record the print of visit " + visit.id(), failure);
            }
        });
    }

    /**
     * Saves a visit that reached its result: takes a visit code (unless the visit already has
     * one), saves the visit, and when the result alerts staff saves the alert in the same
     * transaction. Completes with the code once everything is stored, exceptionally if not.
     */
    CompletableFuture<String> saveResult(String existingCode, Function<String, VisitRecord> visitWithCode) {
        return CompletableFuture.supplyAsync(() -> {
            String code = existingCode != null ? existingCode : log.nextVisitCode(kioskId, LocalDate.now(clock));
            VisitRecord visit = visitWithCode.apply(code);
            if (visit.disposition() != null && visit.disposition().alertsStaff()) {
                log.saveWithAlert(visit, new AlertRecord(UUID.randomUUID().toString(), visit.id(),
                        visit.disposition(), visit.reasons(), code, kioskId, clock.instant(), null));
            } else {
                log.save(visit);
            }
            return code;
        }, background).whenComplete((code, failure) -> {
            if (failure != null) {
                Log.LOG.log(Level.ERROR, "could not save the result of a visit", failure);
            }
        });
    }
}
