/**
 * Anonymous usage statistics for the manager dashboard, as plain Java: what is counted
 * ({@link com.neckkiosk.stats.Measure}), the counts the store hands over for a date range
 * ({@link com.neckkiosk.stats.UsageCounts}), the tables each chart and export is built from
 * ({@link com.neckkiosk.stats.UsageTables}), and the CSV export with small-number suppression.
 * No AWT, Swing or SQL here: the store fills it, the dashboard only draws it.
 */
package com.neckkiosk.stats;
