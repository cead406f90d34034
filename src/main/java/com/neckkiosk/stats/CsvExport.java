package com.neckkiosk.stats;

/**
 * A chart's numbers as CSV (RFC 4180: comma separated, CRLF line ends, quotes where needed):
 * one line per category, one column per series. Counts from 1 to {@link #SUPPRESS_BELOW}-1
 * are written as {@code <5}, as public health statistics do, so that no exported cell can
 * point at one patient. Zero stays 0: it says nothing about anyone. Totals are left out on
 * purpose, since a total minus the shown cells would give a suppressed one back.
 */
public final class CsvExport {

    public static final int SUPPRESS_BELOW = 5;
    public static final String SUPPRESSED = "<" + SUPPRESS_BELOW;

    private CsvExport() {
    }

    public static String of(CountTable table) {
        StringBuilder csv = new StringBuilder();
        csv.append(field(table.categoryName()));
        for (String series : table.series()) {
            csv.append(',').append(field(series));
        }
        csv.append("\r\n");
        for (int column = 0; column < table.categories().size(); column++) {
            csv.append(field(table.categories().get(column)));
            for (int row = 0; row < table.series().size(); row++) {
                csv.append(',').append(count(table.get(row, column)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** A count as an export shows it. */
    public static String count(long visits) {
        return SmallNumbers.isSmall(visits) ? SUPPRESSED : Long.toString(visits);
    }

    static String field(String text) {
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
