package com.neckkiosk.alerts;

import com.neckkiosk.content.ContentCatalog;
import com.neckkiosk.store.AlertRecord;
import com.neckkiosk.store.FrontDeskStamp;
import com.neckkiosk.store.KioskStore;
import com.neckkiosk.store.PrinterNotice;
import com.neckkiosk.store.VisitRecord;
import com.neckkiosk.stats.UsageCounts;
import com.neckkiosk.stats.UsageFilter;
import com.neckkiosk.stats.UsageSource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps the console's picture of the front desk up to date by polling the shared database:
 * every {@code pollMillis} one small read of {@link FrontDeskStamp} (indexed counts), and
 * the full lists only when the stamp changed. All database work runs on one daemon thread,
 * never on the event dispatch thread; the listener is called on that thread.
 * A database that cannot be opened or reached is tried again every poll, and reported.
 */
public final class FrontDeskFeed implements AutoCloseable {

    /** What the console hears. Called on the feed's thread: hop to the EDT to show it. */
    public interface Listener {
        void changed(FrontDesk desk);

        /** @param problem one line naming the database and what went wrong; null when it answers again */
        void problem(String problem);
    }

    private final Supplier<KioskStore> opener;
    private final ContentCatalog staffWords;
    private final Clock clock;
    private final Listener listener;
    private final ScheduledExecutorService thread;
    private volatile KioskStore store;
    private FrontDeskStamp lastStamp;
    /** Not null at first, so the first answer is reported as "connected". */
    private String lastProblem = "not yet connected";
    private long nextOpenAttempt;

    public FrontDeskFeed(Supplier<KioskStore> opener, ContentCatalog staffWords, Clock clock, Listener listener) {
        this.opener = opener;
        this.staffWords = staffWords;
        this.clock = clock;
        this.listener = listener;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "front-desk-feed");
            t.setDaemon(true);
            return t;
        });
    }

    public FrontDeskFeed start(long pollMillis) {
        thread.scheduleWithFixedDelay(this::poll, 0, pollMillis, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Records the acknowledgement now, then refreshes. */
    public CompletableFuture<Boolean> acknowledge(String alertId) {
        return onFeed(s -> s.acknowledge(alertId, clock.instant()));
    }

    /** Marks a printer notice dealt with now, then refreshes. */
    public CompletableFuture<Boolean> resolveNotice(String noticeId) {
        return onFeed(s -> s.resolvePrinterNotice(noticeId, clock.instant()));
    }

    /** Today's visit with this code, for a reprint. */
    public CompletableFuture<Optional<VisitRecord>> findToday(String visitCode) {
        return onFeed(s -> s.findByVisitCode(visitCode, LocalDate.now(clock)));
    }

    private <T> CompletableFuture<T> onFeed(java.util.function.Function<KioskStore, T> work) {
        return CompletableFuture.supplyAsync(() -> {
            T result = work.apply(openStore());
            lastStamp = null; // show the change at once
            poll();
            return result;
        }, thread);
    }

    /** Opened on first use by whichever thread needs it: the feed's, or the dashboard's queries. */
    private synchronized KioskStore openStore() {
        if (store == null) {
            store = opener.get();
        }
        return store;
    }

    /**
     * The console's store as the manager dashboard's source. Its queries run on the
     * dashboard's own thread, not the feed's, so a chart query never delays an alert.
     */
    public UsageSource usageSource() {
        return new UsageSource() {
            private UsageSource counts;

            /** The store's in-memory counts for this dashboard, made when it first reads. */
            private synchronized UsageSource counts() {
                if (counts == null) {
                    counts = openStore().usageCache();
                }
                return counts;
            }

            @Override
            public UsageCounts usage(UsageFilter filter) {
                return counts().usage(filter);
            }

            @Override
            public List<String> kioskIds() {
                return counts().kioskIds();
            }

            @Override
            public void prefetch(java.util.Collection<com.neckkiosk.stats.DateRange> ranges) {
                counts().prefetch(ranges);
            }

            @Override
            public void refresh() {
                counts().refresh();
            }
        };
    }

    /** One round; public for tests that drive the feed by hand. */
    public void poll() {
        try {
            if (store == null && System.nanoTime() < nextOpenAttempt) {
                return;
            }
            KioskStore open;
            try {
                open = openStore();
            } catch (RuntimeException e) {
                nextOpenAttempt = System.nanoTime() + 2_000_000_000L;
                throw e;
            }
            LocalDate today = LocalDate.now(clock);
            Instant morning = today.atStartOfDay(clock.getZone()).toInstant();
            FrontDeskStamp stamp = open.frontDeskStamp(morning);
            if (stamp.equals(lastStamp)) {
                report(null);
                return;
            }
            FrontDesk desk = read(open, today);
            lastStamp = stamp;
            report(null);
            listener.changed(desk);
        } catch (RuntimeException e) {
            report(e.getMessage());
        }
    }

    private FrontDesk read(KioskStore open, LocalDate today) {
        Map<String, String> names = open.kioskNames();
        Map<String, AlertRecord> alerts = new LinkedHashMap<>();
        open.openAlerts().forEach(a -> alerts.put(a.id(), a));
        open.alertsRaisedOn(today, clock.getZone()).forEach(a -> alerts.putIfAbsent(a.id(), a));
        List<AlertView> views = new ArrayList<>();
        for (AlertRecord alert : alerts.values()) {
            views.add(AlertView.of(alert, names, staffWords));
        }
        views.sort(Comparator.comparing(AlertView::raisedAt).reversed().thenComparing(AlertView::id));
        Map<String, PrinterNotice> notices = new LinkedHashMap<>();
        open.openPrinterNotices().forEach(n -> notices.put(n.id(), n));
        open.printerNoticesRaisedOn(today, clock.getZone()).forEach(n -> notices.putIfAbsent(n.id(), n));
        List<PrinterNotice> noticeList = new ArrayList<>(notices.values());
        noticeList.sort(Comparator.comparing(PrinterNotice::raisedAt).reversed());
        return new FrontDesk(views, noticeList, names);
    }

    private void report(String problem) {
        if (problem == null ? lastProblem != null : !problem.equals(lastProblem)) {
            lastProblem = problem;
            listener.problem(problem);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (store != null) {
            store.close();
        }
    }
}
