package org.restwise.core.activity;

import java.util.Arrays;

/**
 * A centred running median over {@code window} (odd) values, shrinking at the ends, computed as the
 * values arrive: the smoothed value at index {@code i} is ready once {@code window / 2} later values
 * have come, or the series has ended. Holds one window of values, whatever the series' length.
 */
final class RunningMedian {

    private final int window;
    private final int half;
    private final double[] recent;
    private final double[] sorted;
    private long count;
    private long emitted;

    RunningMedian(int window) {
        if (window < 1 || window % 2 == 0) {
            throw new IllegalArgumentException("the median window must be odd and positive, got " + window);
        }
        this.window = window;
        this.half = window / 2;
        this.recent = new double[window];
        this.sorted = new double[window];
    }

    RunningMedian(RunningMedian other) {
        this.window = other.window;
        this.half = other.half;
        this.recent = other.recent.clone();
        this.sorted = new double[window];
        this.count = other.count;
        this.emitted = other.emitted;
    }

    /** Values added so far. */
    long count() {
        return count;
    }

    /** Index of the next smoothed value to come out. */
    long nextIndex() {
        return emitted;
    }

    /** Adds the next value; true when that completes the smoothed value at {@link #nextIndex()}, read by {@link #next()}. */
    boolean add(double value) {
        recent[(int) (count % window)] = value;
        count++;
        return count > half;
    }

    /** True while, after the last value, smoothed values are still to be read. */
    boolean owesAtEnd() {
        return emitted < count;
    }

    /** The smoothed value at {@link #nextIndex()}, from the values seen so far. */
    double next() {
        long i = emitted++;
        long from = Math.max(0, i - half);
        long to = Math.min(count, i + half + 1);
        int n = (int) (to - from);
        for (int k = 0; k < n; k++) {
            sorted[k] = recent[(int) ((from + k) % window)];
        }
        Arrays.sort(sorted, 0, n);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
