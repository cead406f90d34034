package com.neckkiosk.ui.charts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jfree.data.xy.AbstractIntervalXYDataset;
import org.jfree.data.xy.TableXYDataset;

/**
 * Counts per day and series as the stacked per-day chart reads them, in plain arrays: each
 * day's x is its first millisecond (in the system zone, as JFreeChart's {@code Day} does), its
 * bar spans the day. Filling it costs nothing like a {@code TimeTableXYDataset}, which keeps a
 * sorted map of {@code Day} objects and re-sorts on every value (0.1 s for 12 months).
 */
final class DayTableDataset extends AbstractIntervalXYDataset implements TableXYDataset {

    private static final long serialVersionUID = 1L;

    private final List<String> series;
    private final long[] starts;
    private final long[] ends;
    private final long[][] values;

    /** {@code values[series][day]}, one column per day of {@code days}. */
    DayTableDataset(List<String> series, List<LocalDate> days, long[][] values) {
        this.series = List.copyOf(series);
        this.starts = new long[days.size()];
        this.ends = new long[days.size()];
        ZoneId zone = ZoneId.systemDefault();
        for (int i = 0; i < days.size(); i++) {
            starts[i] = days.get(i).atStartOfDay(zone).toInstant().toEpochMilli();
            ends[i] = days.get(i).plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
        }
        this.values = values;
    }

    @Override
    public int getSeriesCount() {
        return series.size();
    }

    @Override
    public Comparable<String> getSeriesKey(int seriesIndex) {
        return series.get(seriesIndex);
    }

    @Override
    public int getItemCount() {
        return starts.length;
    }

    @Override
    public int getItemCount(int seriesIndex) {
        return starts.length;
    }

    @Override
    public Number getX(int seriesIndex, int item) {
        return starts[item];
    }

    @Override
    public double getXValue(int seriesIndex, int item) {
        return starts[item];
    }

    @Override
    public Number getStartX(int seriesIndex, int item) {
        return starts[item];
    }

    @Override
    public double getStartXValue(int seriesIndex, int item) {
        return starts[item];
    }

    @Override
    public Number getEndX(int seriesIndex, int item) {
        return ends[item];
    }

    @Override
    public double getEndXValue(int seriesIndex, int item) {
        return ends[item];
    }

    @Override
    public Number getY(int seriesIndex, int item) {
        return values[seriesIndex][item];
    }

    @Override
    public double getYValue(int seriesIndex, int item) {
        return values[seriesIndex][item];
    }

    @Override
    public Number getStartY(int seriesIndex, int item) {
        return getY(seriesIndex, item);
    }

    @Override
    public Number getEndY(int seriesIndex, int item) {
        return getY(seriesIndex, item);
    }
}
