package com.neckkiosk.bench;

import java.util.Arrays;

/** Order statistics of a sample (nearest-rank percentiles; the median averages the middle pair). */
final class Stats {

    private Stats() {
    }

    static double median(double[] sample) {
        double[] sorted = sorted(sample);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** Nearest rank: the smallest value with at least {@code p} percent of the sample at or below it. */
    static double percentile(double[] sample, double p) {
        double[] sorted = sorted(sample);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double max(double[] sample) {
        return Arrays.stream(sample).max().orElseThrow();
    }

    private static double[] sorted(double[] sample) {
        if (sample.length == 0) {
            throw new IllegalArgumentException("empty sample");
        }
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        return sorted;
    }
}
