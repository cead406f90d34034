package com.neckkiosk.stats;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The numbers behind one chart: a count for each series (row) and category (column), for
 * example visits per disposition per day. Charts draw it; {@link CsvExport} writes it.
 *
 * @param id          the chart's id, also the export's file name ({@code visits_per_day})
 * @param categoryName what the columns are ({@code day}, {@code hour}), the CSV's first header
 * @param series      row keys: ids, not display words ({@code URGENT}, {@code MONDAY})
 * @param categories  column keys ({@code 2026-03-14}, {@code 9}, {@code pain_score})
 */
public record CountTable(String id, String categoryName, List<String> series, List<String> categories, long[][] cells) {

    public CountTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(categoryName, "categoryName");
        series = List.copyOf(series);
        categories = List.copyOf(categories);
        if (cells.length != series.size()) {
            throw new IllegalArgumentException("rows " + cells.length + " != series " + series.size());
        }
        long[][] copy = new long[cells.length][];
        for (int row = 0; row < cells.length; row++) {
            if (cells[row].length != categories.size()) {
                throw new IllegalArgumentException("row " + row + " has " + cells[row].length + " cells, not "
                        + categories.size());
            }
            copy[row] = cells[row].clone();
        }
        cells = copy;
    }

    public long get(int seriesIndex, int categoryIndex) {
        return cells[seriesIndex][categoryIndex];
    }

    public long get(String seriesKey, String categoryKey) {
        int row = series.indexOf(seriesKey);
        int column = categories.indexOf(categoryKey);
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException(id + " has no cell " + seriesKey + "/" + categoryKey);
        }
        return cells[row][column];
    }

    public long total() {
        return Arrays.stream(cells).flatMapToLong(Arrays::stream).sum();
    }

    public boolean isEmpty() {
        return total() == 0;
    }

    @Override
    public long[][] cells() {
        long[][] copy = new long[cells.length][];
        for (int row = 0; row < cells.length; row++) {
            copy[row] = cells[row].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountTable that && id.equals(that.id) && categoryName.equals(that.categoryName)
                && series.equals(that.series) && categories.equals(that.categories)
                && Arrays.deepEquals(cells, that.cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, series, categories, Arrays.deepHashCode(cells));
    }

    @Override
    public String toString() {
        return id + series + categories + Arrays.deepToString(cells);
    }
}
