package com.neckkiosk.stats;

/**
 * Small-number suppression for everything that leaves the dashboard: a count from 1 to
 * {@link CsvExport#SUPPRESS_BELOW}-1 could point at one patient, so exports never show it.
 * The CSV writes such a count as {@code <5}; a picture cannot, so its chart is drawn from
 * {@link #hidden}, where such counts are 0, with a footnote saying so.
 */
public final class SmallNumbers {

    private SmallNumbers() {
    }

    public static boolean isSmall(long visits) {
        return visits > 0 && visits < CsvExport.SUPPRESS_BELOW;
    }

    /** The table with every count from 1 to 4 set to 0; zero and counts of 5 or more stay as they are. */
    public static CountTable hidden(CountTable table) {
        long[][] cells = table.cells();
        for (long[] row : cells) {
            for (int column = 0; column < row.length; column++) {
                if (isSmall(row[column])) {
                    row[column] = 0;
                }
            }
        }
        return new CountTable(table.id(), table.categoryName(), table.series(), table.categories(), cells);
    }
}
