package com.neckkiosk.store;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs the kiosk's writes on one background thread, in the order they were asked for, so
 * the touch screen never waits on the database. Each call returns at once with a future;
 * a failed write completes its future exceptionally (with the {@link StoreException}), it
 * is never swallowed. Screens pick results up with
 * {@code thenAcceptAsync(..., onEventThread)}.
 */
public final class StoreWriter implements AutoCloseable {

    /** How long {@link #close} waits for pending writes. */
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);

    private final VisitLog log;
    private final ExecutorService thread;

    public StoreWriter(VisitLog log) {
        this.log = log;
        // not a daemon: a visit being written when the kiosk shuts down is finished, not lost
        this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                runnable -> new Thread(runnable, "store-writer"));
    }

    public CompletableFuture<Void> save(VisitRecord visit) {
        return submit(() -> {
            log.save(visit);
            return null;
        });
    }

    public CompletableFuture<Void> saveWithAlert(VisitRecord visit, AlertRecord alert) {
        return submit(() -> {
            log.saveWithAlert(visit, alert);
            return null;
        });
    }

    public CompletableFuture<String> nextVisitCode(String kioskId, LocalDate day) {
        return submit(() -> log.nextVisitCode(kioskId, day));
    }

    private <T> CompletableFuture<T> submit(Callable<T> work) {
        Write<T> write = new Write<>(work);
        try {
            thread.execute(write);
        } catch (RuntimeException e) {
            write.result.completeExceptionally(new StoreException("the store writer is closed; nothing was written", e));
        }
        return write.result;
    }

    /**
     * Takes no more writes and waits for the pending ones. Writes still waiting after
     * {@link #DRAIN_TIMEOUT} (a database that hangs) are failed, not silently dropped.
     */
    @Override
    public void close() {
        thread.shutdown();
        boolean drained;
        try {
            drained = thread.awaitTermination(DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drained = false;
        }
        if (!drained) {
            List<Runnable> neverRun = thread.shutdownNow();
            for (Runnable write : neverRun) {
                ((Write<?>) write).result.completeExceptionally(new StoreException(
                        "the store writer was closed before this write could run; nothing was written"));
            }
        }
    }

    /** One write and the future its caller holds. */
    private static final class Write<T> implements Runnable {
        final Callable<T> work;
        final CompletableFuture<T> result = new CompletableFuture<>();

        Write(Callable<T> work) {
            this.work = work;
        }

        @Override
        public void run() {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
                if (e instanceof Error) {
                    throw (Error) e;
                }
            }
        }
    }
}
