package com.neckkiosk.store;

import com.neckkiosk.config.DatabaseSettings;
import java.nio.file.Path;

/**
 * Run as a separate process by {@link StopDrainsTheQueuedWritesTest}: queues {@code count}
 * visits on the store's writer without waiting for them, printing "queued ID" for each, then
 * waits to be stopped. Its shutdown hook does what the kiosk's does: drain the writer, then close
 * the store.
 */
public final class QueuesUntilStopped {

    private QueuesUntilStopped() {
    }

    public static void main(String[] args) throws InterruptedException {
        KioskStore store = KioskStore.open(DatabaseSettings.embedded(Path.of(args[0])));
        StoreWriter writer = new StoreWriter(store);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            writer.close();
            store.close();
        }, "store-closer"));
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            String id = "q-" + i;
            writer.save(Samples.abandonedVisit(id));
            System.out.println("queued " + id);
        }
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
