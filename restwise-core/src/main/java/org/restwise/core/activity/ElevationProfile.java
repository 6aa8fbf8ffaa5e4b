package org.restwise.core.activity;

import java.util.Arrays;

/**
 * Turns a noisy elevation series into climbing and descending: a running median removes single
 * spikes, then a hysteresis band counts a climb only once the trend has turned by the threshold,
 * so the ±1–3 m jitter of a barometer (or the ±5–10 m of GPS) does not add up to phantom metres.
 */
final class ElevationProfile {

    /** Total climbing and descending, metres, both ≥ 0. */
    record Climbs(double ascentMeters, double descentMeters) {
    }

    private ElevationProfile() {
    }

    /** Centred running median over {@code window} samples (odd), shrinking at the ends. */
    static double[] medianSmoothed(double[] elevations, int window) {
        int half = window / 2;
        double[] out = new double[elevations.length];
        double[] buffer = new double[window];
        for (int i = 0; i < elevations.length; i++) {
            int from = Math.max(0, i - half);
            int to = Math.min(elevations.length, i + half + 1);
            int n = to - from;
            System.arraycopy(elevations, from, buffer, 0, n);
            Arrays.sort(buffer, 0, n);
            out[i] = n % 2 == 1 ? buffer[n / 2] : (buffer[n / 2 - 1] + buffer[n / 2]) / 2;
        }
        return out;
    }

    /**
     * Climbs with a hysteresis band: the running extreme in the current direction is confirmed as a
     * turning point once elevation moves back by {@code thresholdMeters}; the whole swing between two
     * turning points is then counted. Swings smaller than the threshold count for nothing.
     */
    static Climbs climbs(double[] elevations, double thresholdMeters) {
        if (elevations.length == 0) {
            return new Climbs(0, 0);
        }
        double ascent = 0;
        double descent = 0;
        double anchor = elevations[0];
        double extreme = elevations[0];
        int direction = 0;
        for (double e : elevations) {
            if (direction == 0) {
                if (e - anchor >= thresholdMeters) {
                    direction = 1;
                    extreme = e;
                } else if (anchor - e >= thresholdMeters) {
                    direction = -1;
                    extreme = e;
                }
            } else if (direction > 0) {
                if (e > extreme) {
                    extreme = e;
                } else if (extreme - e >= thresholdMeters) {
                    ascent += extreme - anchor;
                    anchor = extreme;
                    extreme = e;
                    direction = -1;
                }
            } else {
                if (e < extreme) {
                    extreme = e;
                } else if (e - extreme >= thresholdMeters) {
                    descent += anchor - extreme;
                    anchor = extreme;
                    extreme = e;
                    direction = 1;
                }
            }
        }
        if (direction > 0) {
            ascent += extreme - anchor;
        } else if (direction < 0) {
            descent += anchor - extreme;
        }
        return new Climbs(ascent, descent);
    }
}
