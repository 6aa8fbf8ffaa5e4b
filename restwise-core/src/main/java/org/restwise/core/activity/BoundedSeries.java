package org.restwise.core.activity;

import java.util.Arrays;

/**
 * Collects (distance, value) pairs at non-decreasing distances, every one while there are fewer than
 * the limit, then thinned by distance: the distance is cut into equal buckets and only the first pair
 * of each is kept, plus the very last pair, so the series still spans the whole track. Each time the
 * limit is reached the buckets double in width. A chart of a few hundred points drawn from tens of
 * thousands of evenly spread points looks the same as one drawn from millions.
 */
final class BoundedSeries {

    private final int limit;
    private double[] at = new double[256];
    private double[] value = new double[256];
    private int size;
    /** Zero until the limit is first reached: every pair is kept. */
    private double bucketMeters;
    private boolean hasTail;
    private double tailAt;
    private double tailValue;

    BoundedSeries(int limit) {
        if (limit < 4) {
            throw new IllegalArgumentException("a bounded series needs a limit of at least 4, got " + limit);
        }
        this.limit = limit;
    }

    void add(double distance, double v) {
        if (bucketMeters > 0 && size > 0 && bucket(distance) == bucket(at[size - 1])) {
            hasTail = true;
            tailAt = distance;
            tailValue = v;
            return;
        }
        if (size == at.length) {
            at = Arrays.copyOf(at, Math.min(limit, size * 2));
            value = Arrays.copyOf(value, at.length);
        }
        at[size] = distance;
        value[size] = v;
        size++;
        hasTail = false;
        while (size >= limit) {
            thin();
        }
    }

    /** What was kept, the last pair included. */
    DistanceSeries series() {
        int n = size + (hasTail ? 1 : 0);
        double[] a = Arrays.copyOf(at, n);
        double[] v = Arrays.copyOf(value, n);
        if (hasTail) {
            a[size] = tailAt;
            v[size] = tailValue;
        }
        return new DistanceSeries(a, v);
    }

    private void thin() {
        double span = Math.max(at[size - 1], 1.0);
        bucketMeters = bucketMeters == 0 ? span / (limit / 2.0) : bucketMeters * 2;
        double lastAt = at[size - 1];
        double lastValue = value[size - 1];
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (kept == 0 || bucket(at[i]) != bucket(at[kept - 1])) {
                at[kept] = at[i];
                value[kept] = value[i];
                kept++;
            }
        }
        boolean lastDropped = at[kept - 1] != lastAt || value[kept - 1] != lastValue;
        size = kept;
        if (lastDropped) {
            hasTail = true;
            tailAt = lastAt;
            tailValue = lastValue;
        }
    }

    private long bucket(double distance) {
        return (long) Math.floor(distance / bucketMeters);
    }
}
