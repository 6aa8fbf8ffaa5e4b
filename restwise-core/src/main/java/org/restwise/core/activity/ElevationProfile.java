package org.restwise.core.activity;

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
        RunningMedian median = new RunningMedian(window);
        double[] out = new double[elevations.length];
        int n = 0;
        for (double e : elevations) {
            if (median.add(e)) {
                out[n++] = median.next();
            }
        }
        while (median.owesAtEnd()) {
            out[n++] = median.next();
        }
        return out;
    }

    /**
     * Climbs with a hysteresis band: the running extreme in the current direction is confirmed as a
     * turning point once elevation moves back by {@code thresholdMeters}; the whole swing between two
     * turning points is then counted. Swings smaller than the threshold count for nothing.
     */
    static Climbs climbs(double[] elevations, double thresholdMeters) {
        ClimbCounter counter = new ClimbCounter(thresholdMeters);
        for (double e : elevations) {
            counter.add(e);
        }
        return counter.climbs();
    }
}
