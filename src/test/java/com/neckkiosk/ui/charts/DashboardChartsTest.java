package com.neckkiosk.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.content.Language;
import com.neckkiosk.stats.DateRange;
import com.neckkiosk.stats.Measure;
import com.neckkiosk.stats.UsageCounts;
import com.neckkiosk.stats.UsageFilter;
import com.neckkiosk.stats.UsageTables;
import com.neckkiosk.ui.Messages;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** Every chart renders to an image of the asked size without a window, in each language. */
class DashboardChartsTest {

    @Test
    void everyChartRendersOffScreenAtTheAskedSize() {
        LocalDate day = LocalDate.of(2026, 3, 9);
        UsageCounts counts = UsageCounts.builder(UsageFilter.allKiosks(DateRange.lastDays(30, day)))
                .add(day, Measure.DISPOSITION, "URGENT", 3).add(day, Measure.HOUR, "9", 3)
                .add(day, Measure.SIGN, "fever", 2).add(day, Measure.CAUSE, "stress", 1)
                .add(day, Measure.PAIN, "4", 3).add(day, Measure.ENDED, "COMPLETED:result", 3)
                .add(day, Measure.LANGUAGE, "es", 3).add(day, Measure.SHEET, "PRINTED", 2).build();
        for (Language language : Language.values()) {
            DashboardCharts charts = new DashboardCharts(new ChartLabels(Messages.of(language)));
            UsageTables.all(counts).forEach((id, table) -> {
                JFreeChart chart = charts.create(table);
                BufferedImage image = chart.createBufferedImage(640, 360);
                assertThat(image.getWidth()).as(id).isEqualTo(640);
                assertThat(image.getHeight()).as(id).isEqualTo(360);
            });
        }
    }

    @Test
    void everyIdHasWordsInEveryLanguage() {
        for (Language language : Language.values()) {
            ChartLabels labels = new ChartLabels(Messages.of(language));
            for (String id : UsageTables.ALL) {
                assertThat(labels.title(id)).isNotBlank();
            }
            UsageTables.funnelSteps().forEach(step -> assertThat(labels.category(UsageTables.FUNNEL, step)).isNotBlank());
            assertThat(labels.category(UsageTables.FUNNEL, UsageTables.OTHER_STEP)).isNotBlank();
            UsageTables.DISPOSITIONS.forEach(key -> assertThat(labels.series(key)).isNotBlank());
            UsageTables.FUNNEL_SERIES.forEach(key -> assertThat(labels.series(key)).isNotBlank());
        }
    }
}
