package com.neckkiosk.ui.charts;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.neckkiosk.content.Language;
import com.neckkiosk.stats.CountTable;
import com.neckkiosk.stats.UsageTables;
import com.neckkiosk.ui.Messages;
import java.awt.image.BufferedImage;
import java.util.Map;

/** Builds and draws every chart as the dashboard would at 1920x1080, without a window: for the benchmark. */
public final class DashboardRendering {

    /** About a chart card's plot at 1920x1080 (wide cards are twice as wide). */
    static final int WIDTH = 440;
    static final int HEIGHT = 200;

    private DashboardRendering() {
    }

    public static void renderAll(Map<String, CountTable> tables, Language language) {
        assert calledOnEDT();
        DashboardCharts charts = new DashboardCharts(new ChartLabels(Messages.of(language)));
        tables.forEach((id, table) -> {
            boolean wide = id.equals(UsageTables.VISITS_PER_DAY) || id.equals(UsageTables.FUNNEL)
                    || id.equals(UsageTables.SHEETS);
            BufferedImage image = charts.create(table).createBufferedImage(wide ? WIDTH * 2 : WIDTH, HEIGHT);
            image.flush();
        });
    }
}
