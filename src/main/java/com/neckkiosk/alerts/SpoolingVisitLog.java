package com.neckkiosk.alerts;

import com.neckkiosk.store.AlertRecord;
import com.neckkiosk.store.StoreException;
import com.neckkiosk.store.VisitLog;
import com.neckkiosk.store.VisitRecord;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The kiosk's visit log with a safety net for alerts: an alert the shared database cannot
 * take is kept in the {@link AlertSpool} and the failure still reaches the wizard, so the
 * patient is told to go to the front desk now (never "staff have been told"). A background
 * thread delivers spooled alerts as soon as the database answers again; each is committed
 * once, because the store ignores an alert id it already has.
 */
public final class SpoolingVisitLog implements VisitLog, AutoCloseable {

    /** Made at the first use: the platform's logging set-up would otherwise cost the kiosk's start-up. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(SpoolingVisitLog.class.getName());
    }

    /** Made when the database is first away (the security providers' set-up costs the start-up too). */
    private static final class Codes {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    private final VisitLog store;
    private final AlertSpool spool;
    private ScheduledExecutorService deliverer;

    public SpoolingVisitLog(VisitLog store, AlertSpool spool) {
        this.store = store;
        this.spool = spool;
    }

    /** Delivers what is spooled now and then every {@code everyMillis}, on a daemon thread. */
    public synchronized SpoolingVisitLog startDelivering(long everyMillis) {
        if (deliverer == null) {
            deliverer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "alert-spool");
                thread.setDaemon(true);
                return thread;
            });
            deliverer.scheduleWithFixedDelay(this::deliverQuietly, 0, everyMillis, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    @Override
    public void save(VisitRecord visit) {
        store.save(visit);
    }

    @Override
    public void saveWithAlert(VisitRecord visit, AlertRecord alert) {
        try {
            store.saveWithAlert(visit, alert);
        } catch (StoreException e) {
            try {
                spool.put(visit, alert);
                Log.LOG.log(Level.WARNING, "alert " + alert.id() + " kept in " + spool.folder()
                        + " until the database answers: " + e.getMessage());
            } catch (RuntimeException spoolFailure) {
                e.addSuppressed(spoolFailure);
                Log.LOG.log(Level.ERROR, "alert " + alert.id() + " could not be stored nor kept: "
                        + spoolFailure.getMessage());
            }
            throw e;
        }
    }

    /**
     * A code from the database's counter, or, when it cannot be reached, a local one
     * ({@code K7-S417}, S for spooled) so that the alert can still be kept and delivered.
     */
    @Override
    public String nextVisitCode(String kioskId, LocalDate day) {
        try {
            return store.nextVisitCode(kioskId, day);
        } catch (StoreException e) {
            return kioskId + "-S" + (100 + Codes.RANDOM.nextInt(900));
        }
    }

    /**
     * Commits every spooled alert the database will take, oldest first; stops at the first
     * failure (the database is still away) and leaves the rest for the next round.
     *
     * @return how many were delivered
     */
    public int deliverSpooled() {
        int delivered = 0;
        synchronized (spool) {
            for (AlertSpool.Entry entry : spool.pending()) {
                store.saveWithAlert(entry.visit(), entry.alert());
                spool.remove(entry.alert().id());
                delivered++;
                Log.LOG.log(Level.INFO, "spooled alert " + entry.alert().id() + " delivered");
            }
        }
        return delivered;
    }

    private void deliverQuietly() {
        try {
            deliverSpooled();
        } catch (RuntimeException e) {
            Log.LOG.log(Level.DEBUG, "spooled alerts wait: " + e.getMessage());
        }
    }

    public int spooled() {
        return spool.size();
    }

    @Override
    public synchronized void close() {
        if (deliverer != null) {
            deliverer.shutdownNow();
        }
    }
}
