package com.neckkiosk.ui.charts;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.PieDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/** What a chart's dataset holds and the texts of its subtitles: for tests of what a chart shows, not its pixels. */
final class ChartValues {

    private ChartValues() {
    }

    /** Every count in the chart's dataset (the z of a heat map, the y of other XY charts). */
    static List<Double> of(JFreeChart chart) {
        List<Double> values = new ArrayList<>();
        if (chart.getPlot() instanceof CategoryPlot plot) {
            CategoryDataset data = plot.getDataset();
            for (int row = 0; row < data.getRowCount(); row++) {
                for (int column = 0; column < data.getColumnCount(); column++) {
                    Number value = data.getValue(row, column);
                    values.add(value == null ? 0 : value.doubleValue());
                }
            }
        } else if (chart.getPlot() instanceof XYPlot plot) {
            XYDataset data = plot.getDataset();
            for (int series = 0; series < data.getSeriesCount(); series++) {
                for (int item = 0; item < data.getItemCount(series); item++) {
                    values.add(data instanceof XYZDataset xyz ? xyz.getZValue(series, item) : data.getYValue(series, item));
                }
            }
        } else if (chart.getPlot() instanceof PiePlot<?> plot) {
            PieDataset<?> data = plot.getDataset();
            for (int item = 0; item < data.getItemCount(); item++) {
                Number value = data.getValue(item);
                values.add(value == null ? 0 : value.doubleValue());
            }
        } else {
            throw new AssertionError("a chart of an unexpected kind: " + chart.getPlot());
        }
        return values;
    }

    static List<String> subtitles(JFreeChart chart) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title title = chart.getSubtitle(i);
            if (title instanceof TextTitle text) {
                texts.add(text.getText());
            }
        }
        return texts;
    }
}
