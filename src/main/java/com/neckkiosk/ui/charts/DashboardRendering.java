package com.neckkiosk.ui.charts;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.neckkiosk.content.Language;
import com.neckkiosk.stats.CountTable;
import com.neckkiosk.stats.UsageTables;
import com.neckkiosk.ui.Messages;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/** Builds and draws every chart as the dashboard would at 1920x1080, without a window: for the benchmark. */
public final class DashboardRendering {

    /** About a chart card's plot at 1920x1080 (wide cards are twice as wide). */
    static final int WIDTH = 440;
    static final int HEIGHT = 200;

    /** How long building the charts (datasets, plots) and drawing them took, in nanoseconds. */
    public record Timing(long buildNanos, long drawNanos) {
    }

    private DashboardRendering() {
    }

    public static Timing renderAll(Map<String, CountTable> tables, Language language) {
        assert calledOnEDT();
        long started = System.nanoTime();
        DashboardCharts charts = new DashboardCharts(new ChartLabels(Messages.of(language)));
        Map<String, JFreeChart> built = new LinkedHashMap<>();
        tables.forEach((id, table) -> built.put(id, charts.create(table)));
        long drawing = System.nanoTime();
        built.forEach((id, chart) -> {
            boolean wide = id.equals(UsageTables.VISITS_PER_DAY) || id.equals(UsageTables.FUNNEL)
                    || id.equals(UsageTables.SHEETS);
            BufferedImage image = chart.createBufferedImage(wide ? WIDTH * 2 : WIDTH, HEIGHT);
            image.flush();
        });
        return new Timing(drawing - started, System.nanoTime() - drawing);
    }
}
