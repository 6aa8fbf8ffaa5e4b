package org.restwise.core.activity;

/**
 * Climbing and descending through a hysteresis band, one elevation at a time: the running extreme in
 * the current direction is confirmed as a turning point once elevation moves back by the threshold,
 * and the whole swing between two turning points is then counted. Swings smaller than the threshold
 * count for nothing.
 */
final class ClimbCounter {

    private final double thresholdMeters;
    private boolean started;
    private double anchor;
    private double extreme;
    private int direction;
    private double ascent;
    private double descent;

    ClimbCounter(double thresholdMeters) {
        this.thresholdMeters = thresholdMeters;
    }

    ClimbCounter(ClimbCounter other) {
        this.thresholdMeters = other.thresholdMeters;
        this.started = other.started;
        this.anchor = other.anchor;
        this.extreme = other.extreme;
        this.direction = other.direction;
        this.ascent = other.ascent;
        this.descent = other.descent;
    }

    void add(double e) {
        if (!started) {
            started = true;
            anchor = e;
            extreme = e;
        }
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

    /** The totals, the swing still open at the end counted in full. */
    ElevationProfile.Climbs climbs() {
        if (direction > 0) {
            return new ElevationProfile.Climbs(ascent + (extreme - anchor), descent);
        }
        if (direction < 0) {
            return new ElevationProfile.Climbs(ascent, descent + (anchor - extreme));
        }
        return new ElevationProfile.Climbs(ascent, descent);
    }
}
