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
import java.util.List;
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
    void theExportedChartHidesCountsUnderFiveAndSaysSoWhileTheScreenKeepsThem() {
        LocalDate day = LocalDate.of(2026, 3, 9);
        UsageCounts counts = UsageCounts.builder(UsageFilter.allKiosks(DateRange.lastDays(30, day)))
                .add(day, Measure.DISPOSITION, "URGENT", 3).add(day, Measure.DISPOSITION, "SELF_CARE", 40)
                .add(day.minusDays(1), Measure.DISPOSITION, "SELF_CARE", 5).add(day, Measure.HOUR, "9", 4)
                .add(day, Measure.HOUR, "10", 39).add(day, Measure.SIGN, "fever", 1).add(day, Measure.SIGN, "rash", 7)
                .add(day, Measure.CAUSE, "stress", 2).add(day, Measure.CAUSE, "posture", 12)
                .add(day, Measure.PAIN, "4", 3).add(day, Measure.PAIN, "6", 40).add(day, Measure.ENDED, "COMPLETED:result", 43)
                .add(day, Measure.LANGUAGE, "es", 2).add(day, Measure.LANGUAGE, "en", 41)
                .add(day, Measure.SHEET, "PRINTED", 30).add(day, Measure.SHEET, "PRINT_FAILED", 1).build();
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            DashboardCharts charts = new DashboardCharts(new ChartLabels(messages));
            UsageTables.all(counts).forEach((id, table) -> {
                List<Double> exported = ChartValues.of(charts.forExport(table));
                assertThat(exported).as(id).noneMatch(value -> value > 0 && value < 5);
                assertThat(exported).as(id).anyMatch(value -> value >= 5);
                assertThat(ChartValues.subtitles(charts.forExport(table))).as(id)
                        .contains(messages.get("dashboard.export.suppressed"));
                assertThat(ChartValues.subtitles(charts.create(table))).as(id)
                        .doesNotContain(messages.get("dashboard.export.suppressed"));
            });
        }
        DashboardCharts charts = new DashboardCharts(new ChartLabels(Messages.of(Language.EN)));
        assertThat(ChartValues.of(charts.create(UsageTables.warningSigns(counts)))).contains(1.0, 7.0);
        assertThat(ChartValues.of(charts.forExport(UsageTables.warningSigns(counts)))).contains(7.0).doesNotContain(1.0);
        assertThat(ChartValues.of(charts.forExport(UsageTables.painScores(counts)))).contains(40.0).doesNotContain(3.0);
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

    @Test
    void periodLabelsAreSpacedSoTheyNeverTouch() {
        assertThat(SpacedCategoryAxis.step(40, 50)).isEqualTo(1); // room for each
        assertThat(SpacedCategoryAxis.step(40, 11)).isEqualTo(5); // 30 days in a narrow card: every 5th day
        assertThat(SpacedCategoryAxis.step(40, 0)).isEqualTo(1);
    }

    @Test
    void aStepNameTooLongForItsRoomIsCutLetterByLetter() {
        java.awt.FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12));
        assertThat(UprightCategoryAxis.fit("Injury", 200, metrics)).isEqualTo("Injury");
        String cut = UprightCategoryAxis.fit("Worst headache of my life", 80, metrics);
        assertThat(cut).startsWith("Worst").endsWith(UprightCategoryAxis.ELLIPSIS);
        assertThat(metrics.stringWidth(cut)).isLessThanOrEqualTo(80);
    }

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    private static DashboardCharts chartsIn(Language language) {
        return new DashboardCharts(new ChartLabels(Messages.of(language)));
    }

    @Test
    void spanishChartsWriteNumbersAndDatesInSpanish() {
        UsageCounts counts = UsageCounts.builder(UsageFilter.allKiosks(DateRange.lastMonths(12, MONDAY)))
                .add(MONDAY, Measure.DISPOSITION, "URGENT", 1500).build();
        org.jfree.chart.plot.XYPlot perDay = (org.jfree.chart.plot.XYPlot) chartsIn(Language.ES)
                .create(UsageTables.visitsPerDay(counts)).getPlot();
        org.jfree.chart.axis.NumberAxis visits = (org.jfree.chart.axis.NumberAxis) perDay.getRangeAxis();
        assertThat(visits.getStandardTickUnits().getCeilingTickUnit(1000).valueToString(1000)).isEqualTo("1.000");
        org.jfree.chart.axis.DateAxis time = (org.jfree.chart.axis.DateAxis) perDay.getDomainAxis();
        assertThat(time.getStandardTickUnits().getCeilingTickUnit(60 * 86_400_000.0)
                .valueToString(java.sql.Date.valueOf(LocalDate.of(2026, 12, 1)).getTime())).contains("dic");
    }

    @Test
    void warningSignsShowTheMostReportedThatFitWhileTheTableKeepsThemAll() {
        UsageCounts counts = UsageCounts.builder(UsageFilter.allKiosks(DateRange.lastDays(30, MONDAY)))
                .add(MONDAY, Measure.SIGN, "fever", 9).add(MONDAY, Measure.SIGN, "rash", 7).build();
        DashboardCharts charts = chartsIn(Language.EN);
        assertThat(UsageTables.warningSigns(counts).categories()).hasSizeGreaterThan(DashboardCharts.MAX_BARS_ACROSS);
        org.jfree.chart.plot.CategoryPlot plot = (org.jfree.chart.plot.CategoryPlot)
                charts.create(UsageTables.warningSigns(counts)).getPlot();
        assertThat(plot.getDataset().getColumnCount()).isEqualTo(DashboardCharts.MAX_BARS_ACROSS);
        assertThat(ChartValues.of(charts.create(UsageTables.warningSigns(counts)))).contains(9.0, 7.0);
    }

    @Test
    void theWarmUpDrawsEveryKindOfChartOnTheEventThread() throws Exception {
        javax.swing.SwingUtilities.invokeAndWait(() -> {
            DashboardRendering.warmUp(Language.ES);
            DashboardRendering.Timing timing = DashboardRendering.renderAll(
                    UsageTables.all(UsageCounts.empty(UsageFilter.allKiosks(DateRange.lastDays(7, MONDAY)))), Language.EN);
            assertThat(timing.buildNanos()).isPositive();
            assertThat(timing.drawNanos()).isPositive();
        });
    }

    @Test
    void aDayCategoryIsReadAsTheDateFormatterReadsIt() {
        for (String text : List.of("2026-03-09", "2024-02-29", "0001-01-01", "9999-12-31")) {
            assertThat(DashboardCharts.day(text)).as(text).isEqualTo(LocalDate.parse(text));
        }
        for (String text : List.of("2026-02-30", "2026-+1-01", "-001-01-01", "2026-3-9", "26-03-09", "2026/03/09")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DashboardCharts.day(text)).as(text)
                    .isInstanceOf(java.time.format.DateTimeParseException.class);
        }
    }
}
