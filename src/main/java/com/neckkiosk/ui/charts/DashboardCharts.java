package com.neckkiosk.ui.charts;

import com.neckkiosk.stats.CountTable;
import com.neckkiosk.stats.SmallNumbers;
import com.neckkiosk.stats.UsageTables;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.swing.UIManager;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Turns each {@link CountTable} into its JFreeChart, coloured from the theme
 * ({@code Dashboard.*} keys in {@code FlatLightLaf.properties}, read through UIManager).
 * Call on the event dispatch thread, after the look is installed.
 */
final class DashboardCharts {

    private final ChartLabels labels;
    private final Font font;

    DashboardCharts(ChartLabels labels) {
        this.labels = labels;
        Font base = UIManager.getFont("Label.font");
        this.font = base == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 13) : base.deriveFont(base.getSize2D() * 0.8f);
    }

    JFreeChart create(CountTable table) {
        JFreeChart chart;
        switch (table.id()) {
            case UsageTables.VISITS_PER_DAY:
                chart = perDay(table);
                break;
            case UsageTables.HOUR_BY_WEEKDAY:
                chart = heatMap(table);
                break;
            case UsageTables.LANGUAGES:
                chart = pie(table);
                break;
            case UsageTables.DISPOSITION_MIX:
                chart = stacked(table, PlotOrientation.VERTICAL, true);
                break;
            case UsageTables.SHEETS:
            case UsageTables.FUNNEL:
                chart = stacked(table, PlotOrientation.VERTICAL, false);
                break;
            case UsageTables.WARNING_SIGNS:
            case UsageTables.CAUSES:
                chart = bars(table, PlotOrientation.HORIZONTAL);
                break;
            default:
                chart = bars(table, PlotOrientation.VERTICAL);
        }
        chart.setBackgroundPaint(color("Dashboard.background", Color.WHITE));
        // up to 365 x 5 axis-aligned bars a pixel or two wide: smoothing their edges costs more than it shows
        chart.setAntiAlias(!table.id().equals(UsageTables.VISITS_PER_DAY));
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font);
            legend.setBackgroundPaint(color("Dashboard.background", Color.WHITE));
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            // the funnel's upright step names take the height a legend below would need
            legend.setPosition(table.id().equals(UsageTables.FUNNEL) ? RectangleEdge.RIGHT : RectangleEdge.BOTTOM);
        }
        return chart;
    }

    /**
     * The chart as an exported picture shows it: drawn from {@link SmallNumbers#hidden} (counts
     * from 1 to 4 left out, as the CSV writes them {@code <5}) with a footnote saying so. The
     * manager's own screen keeps the exact counts.
     */
    JFreeChart forExport(CountTable table) {
        JFreeChart chart = create(SmallNumbers.hidden(table));
        TextTitle footnote = new TextTitle(labels.messages().get("dashboard.export.suppressed"), font);
        footnote.setPosition(RectangleEdge.BOTTOM);
        footnote.setHorizontalAlignment(HorizontalAlignment.LEFT);
        footnote.setPaint(color("Dashboard.axis", Color.DARK_GRAY));
        footnote.setPadding(new RectangleInsets(4, 6, 2, 6));
        chart.addSubtitle(footnote);
        return chart;
    }

    private JFreeChart perDay(CountTable table) {
        List<String> names = new ArrayList<>();
        table.series().forEach(key -> names.add(labels.series(key)));
        List<LocalDate> days = new ArrayList<>();
        table.categories().forEach(day -> days.add(day(day)));
        DayTableDataset data = new DayTableDataset(names, days, table.cells());
        StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.15);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        for (int row = 0; row < table.series().size(); row++) {
            renderer.setSeriesPaint(row, seriesPaint(table.series().get(row)));
        }
        DateAxis time = new DateAxis(null, java.util.TimeZone.getDefault(), locale());
        NumberAxis visits = countAxis();
        XYPlot plot = new XYPlot(data, time, visits, renderer);
        styleAxes(time, visits);
        stylePlot(plot);
        plot.setInsets(new RectangleInsets(4, 4, 4, 28)); // room for the last date label, centred on its tick
        return new JFreeChart(null, font, plot, true);
    }

    /**
     * A day category ({@code 2026-03-09}) read by hand: {@code LocalDate.parse} goes through the
     * general formatter, slow for a year of days while its code is still cold.
     */
    static LocalDate day(String text) {
        boolean plain = text.length() == 10;
        for (int i = 0; plain && i < 10; i++) {
            char c = text.charAt(i);
            plain = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
        }
        if (plain) {
            try {
                return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10));
            } catch (java.time.DateTimeException e) {
                // no such day (2026-02-30): the formatter says so below
            }
        }
        return LocalDate.parse(text);
    }

    private JFreeChart stacked(CountTable table, PlotOrientation orientation, boolean asShares) {
        StackedBarRenderer renderer = new StackedBarRenderer(asShares);
        boolean funnel = table.id().equals(UsageTables.FUNNEL);
        // periods: one-line labels, every n-th when crowded; funnel steps: each one, upright, up to
        // half the plot's height (the bars keep the other half), long ones cut short
        CategoryAxis categories = funnel ? new UprightCategoryAxis(0.5f) : new SpacedCategoryAxis();
        JFreeChart chart = categoryChart(table, orientation, renderer, asShares, categories, table.categories().size());
        return chart;
    }

    /**
     * Most reported first, as many as there is room for at the console's text size; the rest
     * are in the CSV export.
     */
    static final int MAX_BARS_ACROSS = 11;

    private JFreeChart bars(CountTable table, PlotOrientation orientation) {
        int shown = orientation == PlotOrientation.HORIZONTAL ? Math.min(MAX_BARS_ACROSS, table.categories().size())
                : table.categories().size();
        return categoryChart(table, orientation, new BarRenderer(), false, new CategoryAxis(), shown);
    }

    private JFreeChart categoryChart(CountTable table, PlotOrientation orientation, BarRenderer renderer, boolean shares,
            CategoryAxis categories, int columns) {
        // each label worked out once, not once per cell
        String[] columnLabels = new String[columns];
        for (int column = 0; column < columns; column++) {
            columnLabels[column] = labels.category(table.id(), table.categories().get(column));
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int row = 0; row < table.series().size(); row++) {
            String rowLabel = labels.series(table.series().get(row));
            for (int column = 0; column < columns; column++) {
                data.addValue(table.get(row, column), rowLabel, columnLabels[column]);
            }
        }
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.02);
        renderer.setMaximumBarWidth(0.08);
        for (int row = 0; row < table.series().size(); row++) {
            renderer.setSeriesPaint(row, seriesPaint(table.series().get(row)));
        }
        categories.setCategoryMargin(0.15);
        categories.setMaximumCategoryLabelLines(2);
        NumberAxis values = shares ? new NumberAxis() : countAxis();
        if (shares) {
            values.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(labels.messages().language().locale()));
        }
        if (orientation == PlotOrientation.HORIZONTAL) {
            // one line per label, given up to 40% of the width: long Spanish names must not overlap
            categories.setMaximumCategoryLabelLines(1);
            categories.setMaximumCategoryLabelWidthRatio(0.4f);
        }
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(orientation);
        styleAxes(categories, values);
        plot.setBackgroundPaint(color("Dashboard.background", Color.WHITE));
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(color("Dashboard.grid", Color.LIGHT_GRAY));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setInsets(new RectangleInsets(4, 4, 4, 8));
        return new JFreeChart(null, font, plot, table.series().size() > 1);
    }

    private JFreeChart heatMap(CountTable table) {
        int weekdays = table.series().size();
        int hours = table.categories().size();
        double[][] xyz = new double[3][weekdays * hours];
        long most = 1;
        for (int day = 0; day < weekdays; day++) {
            for (int hour = 0; hour < hours; hour++) {
                int i = day * hours + hour;
                xyz[0][i] = hour;
                xyz[1][i] = day;
                xyz[2][i] = table.get(day, hour);
                most = Math.max(most, table.get(day, hour));
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(labels.series("visits"), xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(new Shades(most, color("Dashboard.background", Color.WHITE),
                color("Dashboard.heat.low", new Color(0xeef4fb)), color("Dashboard.heat.high", new Color(0x0b3d91))));
        NumberAxis hourAxis = new NumberAxis();
        hourAxis.setRange(-0.5, hours - 0.5);
        hourAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale()));
        List<String> names = new ArrayList<>();
        table.series().forEach(key -> names.add(labels.weekday(key)));
        SymbolAxis dayAxis = new SymbolAxis(null, names.toArray(String[]::new));
        dayAxis.setInverted(true);
        dayAxis.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, hourAxis, dayAxis, renderer);
        styleAxes(hourAxis, dayAxis);
        stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        return new JFreeChart(null, font, plot, false);
    }

    private JFreeChart pie(CountTable table) {
        String[] columnLabels = new String[table.categories().size()];
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        for (int column = 0; column < columnLabels.length; column++) {
            columnLabels[column] = labels.category(table.id(), table.categories().get(column));
            data.setValue(columnLabels[column], table.get(0, column));
        }
        PiePlot<String> plot = new PiePlot<>(data);
        plot.setBackgroundPaint(color("Dashboard.background", Color.WHITE));
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        plot.setLabelFont(font);
        plot.setLabelBackgroundPaint(color("Dashboard.background", Color.WHITE));
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelGenerator(new org.jfree.chart.labels.StandardPieSectionLabelGenerator("{0}: {1} ({2})", locale()));
        Color[] palette = {color("Dashboard.SEE_DOCTOR", Color.BLUE), color("Dashboard.SELF_CARE", Color.GREEN),
            color("Dashboard.URGENT", Color.ORANGE), color("Dashboard.NONE", Color.GRAY)};
        for (int column = 0; column < table.categories().size(); column++) {
            plot.setSectionPaint(columnLabels[column], palette[column % palette.length]);
        }
        return new JFreeChart(null, font, plot, false);
    }

    private NumberAxis countAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale()));
        return axis;
    }

    /** Numbers and dates as the chosen language writes them (1.000 and "dic" in Spanish). */
    private java.util.Locale locale() {
        return labels.messages().language().locale();
    }

    private void styleAxes(org.jfree.chart.axis.Axis... axes) {
        Color text = color("Label.foreground", Color.DARK_GRAY);
        for (org.jfree.chart.axis.Axis axis : axes) {
            axis.setTickLabelFont(font);
            axis.setLabelFont(font);
            axis.setTickLabelPaint(text);
            axis.setAxisLinePaint(color("Dashboard.grid", Color.LIGHT_GRAY));
            axis.setTickMarksVisible(false);
        }
    }

    private void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(color("Dashboard.background", Color.WHITE));
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(color("Dashboard.grid", Color.LIGHT_GRAY));
        plot.setRangeGridlinePaint(color("Dashboard.grid", Color.LIGHT_GRAY));
        plot.setInsets(new RectangleInsets(4, 4, 4, 8));
    }

    private static Paint seriesPaint(String key) {
        return color("Dashboard." + key, color("Dashboard.visits", new Color(0x1e6fd9)));
    }

    static Color color(String key, Color fallback) {
        Color color = UIManager.getColor(key);
        return color == null ? fallback : color;
    }

    /** Empty cells in the background colour; the rest from light to dark by visits. */
    private record Shades(long most, Color empty, Color low, Color high) implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return most;
        }

        @Override
        public Paint getPaint(double value) {
            if (value <= 0) {
                return empty;
            }
            double t = Math.min(1, value / most);
            return new Color(mix(low.getRed(), high.getRed(), t), mix(low.getGreen(), high.getGreen(), t),
                    mix(low.getBlue(), high.getBlue(), t));
        }

        private static int mix(int from, int to, double t) {
            return (int) Math.round(from + (to - from) * t);
        }
    }
}
