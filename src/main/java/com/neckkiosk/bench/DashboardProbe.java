package com.neckkiosk.bench;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.content.Language;
import com.neckkiosk.stats.CountTable;
import com.neckkiosk.stats.DateRange;
import com.neckkiosk.stats.UsageCounts;
import com.neckkiosk.stats.UsageFilter;
import com.neckkiosk.stats.UsageSource;
import com.neckkiosk.stats.UsageTables;
import com.neckkiosk.store.KioskStore;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.charts.DashboardRendering;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/**
 * Run in a fresh JVM by {@link DashboardBench}: opens the store, then times the first query for
 * 12 months with every chart built and rendered at its on-screen size (cold), then filter
 * changes (30 days, one kiosk, 90 days, 7 days, 12 months again), printing {@code probe.NAME=ms}:
 * the sums, and their parts (the store's opening steps; the rollup query, the tables, building
 * the charts, drawing them).
 */
public final class DashboardProbe {

    static final String PREFIX = "probe.";

    /** CPU time of the calling thread in the last {@link #show}'s query, in milliseconds. */
    private static double queryCpu;

    private DashboardProbe() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        // as the dashboard verb does: the look and the charts' code made ready on the EDT while the store opens
        boolean warm = !Boolean.getBoolean("probe.no-warm-up");
        SwingUtilities.invokeLater(() -> {
            KioskTheme.apply(KioskTheme.Look.STANDARD, 0.55);
            if (warm) {
                long warming = System.nanoTime();
                DashboardRendering.warmUp(Language.EN);
                System.out.println(PREFIX + "warm-up-on-edt=" + ms(warming, System.nanoTime()));
            }
        });
        Map<String, Double> opening = new LinkedHashMap<>();
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(Path.of(args[0])),
                (phase, nanos) -> opening.merge(phase, nanos / 1e6, Double::sum))) {
            long opened = System.nanoTime();
            System.out.println(PREFIX + "store-open=" + ms(start, opened));
            opening.forEach((phase, ms) -> System.out.println(PREFIX + "store-open-" + phase + "=" + ms));
            LocalDate today = LocalDate.now();
            UsageFilter year = UsageFilter.allKiosks(DateRange.lastMonths(12, today));
            UsageSource source = store.usageCache(); // what the dashboard window reads from
            double[] cold = show(source, year);
            System.out.println(PREFIX + "cold-12-months=" + (cold[0] + cold[1] + cold[2] + cold[3]));
            print("cold", cold);
            // the query thread's own CPU time: less moved by the machine's load than the wall-clock figures
            System.out.println(PREFIX + "cold-query-cpu=" + queryCpu);
            // as the dashboard does once its first charts are up: the presets' rows, in the background
            long prefetching = System.nanoTime();
            source.prefetch(List.of(DateRange.lastDays(7, today), DateRange.lastDays(30, today),
                    DateRange.lastDays(90, today), DateRange.lastMonths(12, today)));
            System.out.println(PREFIX + "prefetch-presets=" + ms(prefetching, System.nanoTime()));
            List<UsageFilter> changes = List.of(year.withRange(DateRange.lastDays(30, today)),
                    year.withRange(DateRange.lastDays(30, today)).withKiosk(Optional.of("K2")),
                    year.withRange(DateRange.lastDays(90, today)), year.withRange(DateRange.lastDays(7, today)),
                    year.withKiosk(Optional.of("K1")), year);
            double worst = 0;
            double[] sums = new double[4];
            for (UsageFilter filter : changes) {
                double[] parts = show(source, filter);
                double took = 0;
                for (int i = 0; i < parts.length; i++) {
                    sums[i] += parts[i] / changes.size();
                    took += parts[i];
                }
                worst = Math.max(worst, took);
            }
            System.out.println(PREFIX + "filter-change-mean=" + (sums[0] + sums[1] + sums[2] + sums[3]));
            System.out.println(PREFIX + "filter-change-worst=" + worst);
            print("filter-change-mean", sums);
        }
        System.exit(0);
    }

    private static void print(String prefix, double[] parts) {
        String[] names = {"query", "tables", "charts-build", "charts-draw"};
        for (int i = 0; i < names.length; i++) {
            System.out.println(PREFIX + prefix + "-" + names[i] + "=" + parts[i]);
        }
    }

    /**
     * What the dashboard does for a filter: query (off the EDT), tables, then charts built and
     * drawn on the EDT; the milliseconds of each.
     */
    private static double[] show(UsageSource source, UsageFilter filter) throws Exception {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        UsageCounts counts = source.usage(filter);
        source.kioskIds();
        long t1 = System.nanoTime();
        queryCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        Map<String, CountTable> tables = UsageTables.all(counts);
        UsageTables.summary(counts);
        long t2 = System.nanoTime();
        AtomicReference<DashboardRendering.Timing> timing = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> timing.set(DashboardRendering.renderAll(tables, Language.EN)));
        return new double[] {ms(t0, t1), ms(t1, t2), timing.get().buildNanos() / 1e6, timing.get().drawNanos() / 1e6};
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
