package com.neckkiosk.bench;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.content.Language;
import com.neckkiosk.stats.CountTable;
import com.neckkiosk.stats.DateRange;
import com.neckkiosk.stats.UsageCounts;
import com.neckkiosk.stats.UsageFilter;
import com.neckkiosk.stats.UsageTables;
import com.neckkiosk.store.KioskStore;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.charts.DashboardRendering;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.SwingUtilities;

/**
 * Run in a fresh JVM by {@link DashboardBench}: opens the store, then times the first query for
 * 12 months with every chart built and rendered at its on-screen size (cold), then filter
 * changes (30 days, one kiosk, 90 days, 7 days, 12 months again), printing {@code probe.NAME=ms}.
 */
public final class DashboardProbe {

    static final String PREFIX = "probe.";

    private DashboardProbe() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(Path.of(args[0])))) {
            long opened = System.nanoTime();
            System.out.println(PREFIX + "store-open=" + ms(start, opened));
            SwingUtilities.invokeAndWait(() -> KioskTheme.apply(KioskTheme.Look.STANDARD, 0.55));
            LocalDate today = LocalDate.now();
            UsageFilter year = UsageFilter.allKiosks(DateRange.lastMonths(12, today));
            long t0 = System.nanoTime();
            show(store, year);
            System.out.println(PREFIX + "cold-12-months=" + ms(t0, System.nanoTime()));
            List<UsageFilter> changes = List.of(year.withRange(DateRange.lastDays(30, today)),
                    year.withRange(DateRange.lastDays(30, today)).withKiosk(Optional.of("K2")),
                    year.withRange(DateRange.lastDays(90, today)), year.withRange(DateRange.lastDays(7, today)),
                    year.withKiosk(Optional.of("K1")), year);
            double worst = 0;
            double sum = 0;
            for (UsageFilter filter : changes) {
                long t = System.nanoTime();
                show(store, filter);
                double took = ms(t, System.nanoTime());
                worst = Math.max(worst, took);
                sum += took;
            }
            System.out.println(PREFIX + "filter-change-mean=" + sum / changes.size());
            System.out.println(PREFIX + "filter-change-worst=" + worst);
        }
        System.exit(0);
    }

    /** What the dashboard does for a filter: query (off the EDT), tables, then charts drawn on the EDT. */
    private static void show(KioskStore store, UsageFilter filter) throws Exception {
        UsageCounts counts = store.usage(filter);
        Map<String, CountTable> tables = UsageTables.all(counts);
        UsageTables.summary(counts);
        SwingUtilities.invokeAndWait(() -> DashboardRendering.renderAll(tables, Language.EN));
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
