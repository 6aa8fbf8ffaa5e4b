package org.restwise.core.activity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The best average speed over any stretch of at least {@code windowSeconds}, one timed position at a
 * time, in bounded memory: positions are kept only while they can still start a window, and at most
 * one a second, so a ten-minute window holds about 600 whatever the sampling rate.
 *
 * <p>Each step counts at most {@code maxStepMetersPerSecond} × its duration, so a GPS jump adds no
 * more than a fast step would; a step longer than {@link #MAX_STEP_SECONDS} is a recording gap
 * (auto-pause, lost signal) and starts the stretches afresh. With {@code straightLine}, a stretch
 * also counts no more than the straight line between its ends: a position that jumps away and back
 * (the usual GPS fault, and on a track logged every 30 s two steps of a few hundred metres) then adds
 * nothing, while a car or a bike, which gets somewhere, keeps its speed. That bound suits a short
 * stretch only: over ten minutes a winding road or a loop would read as slow.
 */
final class FastestStretch {

    /** Longer than this between two positions, the track was not recording what happened in between. */
    static final double MAX_STEP_SECONDS = 60;
    /** Positions closer in time than this are not kept as window starts (bounds memory on dense files). */
    private static final long MIN_KEPT_GAP_MILLIS = 1000;

    private final double windowSeconds;
    private final double maxStepMetersPerSecond;
    private final boolean straightLine;
    private long[] times = new long[64];
    private double[] along = new double[64];
    private double[] latitudes = new double[64];
    private double[] longitudes = new double[64];
    private int head;
    private int size;
    private boolean hasLast;
    private long lastTime;
    private double lastRawMeters;
    private double lastAlong;
    private double best = -1;

    FastestStretch(double windowSeconds, double maxStepMetersPerSecond, boolean straightLine) {
        this.windowSeconds = windowSeconds;
        this.maxStepMetersPerSecond = maxStepMetersPerSecond;
        this.straightLine = straightLine;
    }

    FastestStretch(FastestStretch o) {
        windowSeconds = o.windowSeconds;
        maxStepMetersPerSecond = o.maxStepMetersPerSecond;
        straightLine = o.straightLine;
        times = Arrays.copyOf(o.times, o.times.length);
        along = Arrays.copyOf(o.along, o.along.length);
        latitudes = Arrays.copyOf(o.latitudes, o.latitudes.length);
        longitudes = Arrays.copyOf(o.longitudes, o.longitudes.length);
        head = o.head;
        size = o.size;
        hasLast = o.hasLast;
        lastTime = o.lastTime;
        lastRawMeters = o.lastRawMeters;
        lastAlong = o.lastAlong;
        best = o.best;
    }

    /** A new segment: no stretch runs across the gap between two segments. */
    void startSegment() {
        size = 0;
        hasLast = false;
    }

    /**
     * An accepted position with a time.
     *
     * @param time epoch milliseconds, never earlier than the last one
     * @param meters the segment's distance so far, between accepted positions
     * @param latitude the position, degrees
     * @param longitude the position, degrees
     */
    void position(long time, double meters, double latitude, double longitude) {
        if (hasLast) {
            double seconds = (time - lastTime) / 1000.0;
            if (seconds > MAX_STEP_SECONDS) {
                size = 0;
            } else {
                lastAlong += Math.min(Math.max(0, meters - lastRawMeters), maxStepMetersPerSecond * seconds);
            }
        }
        hasLast = true;
        lastTime = time;
        lastRawMeters = meters;
        // Drop starts that a later start still leaves a full window before this position.
        while (size >= 2 && (time - timeAt(1)) / 1000.0 >= windowSeconds) {
            head = (head + 1) % times.length;
            size--;
        }
        if (size >= 1 && (time - timeAt(0)) / 1000.0 >= windowSeconds) {
            double covered = lastAlong - alongAt(0);
            if (straightLine) {
                int first = head % times.length;
                covered = Math.min(covered,
                        Position.distanceMeters(latitudes[first], longitudes[first], latitude, longitude));
            }
            best = Math.max(best, covered / ((time - timeAt(0)) / 1000.0));
        }
        if (size == 0 || time - timeAt(size - 1) >= MIN_KEPT_GAP_MILLIS) {
            keep(time, lastAlong, latitude, longitude);
        }
    }

    /** The best average over a full window, metres per second; empty when no window was ever full. */
    Optional<Double> fastestMetersPerSecond() {
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    private long timeAt(int i) {
        return times[(head + i) % times.length];
    }

    private double alongAt(int i) {
        return along[(head + i) % along.length];
    }

    private void keep(long time, double meters, double latitude, double longitude) {
        if (size == times.length) {
            int n = times.length * 2;
            long[] t = new long[n];
            double[] a = new double[n];
            double[] la = new double[n];
            double[] lo = new double[n];
            for (int i = 0; i < size; i++) {
                int from = (head + i) % times.length;
                t[i] = times[from];
                a[i] = along[from];
                la[i] = latitudes[from];
                lo[i] = longitudes[from];
            }
            times = t;
            along = a;
            latitudes = la;
            longitudes = lo;
            head = 0;
        }
        int at = (head + size) % times.length;
        times[at] = time;
        along[at] = meters;
        latitudes[at] = latitude;
        longitudes[at] = longitude;
        size++;
    }
}
