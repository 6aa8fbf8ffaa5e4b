package org.restwise.core.activity;

/**
 * Some exports (Sports Tracker) write 0.0 m for points recorded before the altimeter settled. In a
 * track whose median elevation lies far from sea level, an exact 0.0 is such a placeholder. The
 * median is decided from three counts, so no elevation needs to be kept: the middle value of the
 * sorted non-zero elevations lies above the limit exactly when at most half of them are at or below
 * it, and below minus the limit when more than half are below that.
 */
final class ZeroElevationVote {

    /** A track lying further than this from sea level cannot really touch 0.0 m for one point. */
    static final double PLACEHOLDER_ZERO_DISTANCE_METERS = 100;

    private long nonZero;
    private long atMostLimit;
    private long belowMinusLimit;

    /** Counts every elevation of the activity, NaN for none. */
    void elevation(double meters) {
        if (Double.isNaN(meters) || meters == 0.0) {
            return;
        }
        nonZero++;
        if (meters <= PLACEHOLDER_ZERO_DISTANCE_METERS) {
            atMostLimit++;
        }
        if (meters < -PLACEHOLDER_ZERO_DISTANCE_METERS) {
            belowMinusLimit++;
        }
    }

    /** True when the median non-zero elevation is more than the limit from sea level. */
    boolean zeroIsPlaceholder() {
        if (nonZero == 0) {
            return false;
        }
        long middle = nonZero / 2;
        return atMostLimit <= middle || belowMinusLimit >= middle + 1;
    }
}
