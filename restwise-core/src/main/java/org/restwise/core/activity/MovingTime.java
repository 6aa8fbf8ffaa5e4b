package org.restwise.core.activity;

/**
 * Moving time of one segment, one point at a time: the windows (at least
 * {@link NoiseHandling#movingWindowSeconds()} long, so devices that update distance every few seconds
 * do not look stopped in between) in which the runner moved faster than the moving speed. Only
 * points that say where the runner was end a window: the device's own distance (preferred where both
 * ends have it: it covers records without a GPS fix) or an accepted position. A segment with neither
 * counts all its time as moving.
 */
final class MovingTime {

    private static final long NO_TIME = MeasuringPass.NO_TIME;

    private final NoiseHandling noise;
    private double moving;
    private double untracked;
    private boolean anyTracked;
    private long previousTimed;
    private boolean hasWindowStart;
    private long windowStartTime;
    private double windowStartAlong;
    private double windowStartDevice;
    /** A tracked point after the window's start, not yet counted: the segment's tail. */
    private boolean hasTail;
    private long tailTime;
    private double tailAlong;
    private double tailDevice;

    MovingTime(NoiseHandling noise) {
        this.noise = noise;
        startSegment();
    }

    MovingTime(MovingTime o) {
        noise = o.noise;
        moving = o.moving;
        untracked = o.untracked;
        anyTracked = o.anyTracked;
        previousTimed = o.previousTimed;
        hasWindowStart = o.hasWindowStart;
        windowStartTime = o.windowStartTime;
        windowStartAlong = o.windowStartAlong;
        windowStartDevice = o.windowStartDevice;
        hasTail = o.hasTail;
        tailTime = o.tailTime;
        tailAlong = o.tailAlong;
        tailDevice = o.tailDevice;
    }

    void startSegment() {
        moving = 0;
        untracked = 0;
        anyTracked = false;
        previousTimed = NO_TIME;
        hasWindowStart = false;
        hasTail = false;
    }

    /**
     * @param time            epoch milliseconds, or {@link MeasuringPass#NO_TIME}
     * @param positioned      the point's position was accepted
     * @param alongMeters     the track's distance into the segment at this point
     * @param deviceDistance  the device's cumulative distance, or NaN
     */
    void point(long time, boolean positioned, double alongMeters, double deviceDistance) {
        if (time == NO_TIME) {
            return;
        }
        if (previousTimed != NO_TIME) {
            untracked += (time - previousTimed) / 1000.0;
        }
        previousTimed = time;
        if (!positioned && Double.isNaN(deviceDistance)) {
            return;
        }
        anyTracked = true;
        if (!hasWindowStart) {
            startWindow(time, alongMeters, deviceDistance);
            return;
        }
        double seconds = (time - windowStartTime) / 1000.0;
        if (seconds >= noise.movingWindowSeconds()) {
            moving += movingPart(seconds, metersSinceWindowStart(alongMeters, deviceDistance));
            startWindow(time, alongMeters, deviceDistance);
        } else {
            hasTail = true;
            tailTime = time;
            tailAlong = alongMeters;
            tailDevice = deviceDistance;
        }
    }

    /** The segment's moving seconds, its last short window included. */
    double segmentSeconds() {
        if (hasTail) {
            moving += movingPart((tailTime - windowStartTime) / 1000.0, metersSinceWindowStart(tailAlong, tailDevice));
            hasTail = false;
        }
        return anyTracked ? moving : untracked;
    }

    private void startWindow(long time, double alongMeters, double deviceDistance) {
        hasWindowStart = true;
        windowStartTime = time;
        windowStartAlong = alongMeters;
        windowStartDevice = deviceDistance;
        hasTail = false;
    }

    private double movingPart(double seconds, double meters) {
        return seconds > 0 && meters / seconds >= noise.movingSpeedMetersPerSecond() ? seconds : 0;
    }

    /** Device distance where both ends have it (it covers records without a GPS fix), else the track. */
    private double metersSinceWindowStart(double alongMeters, double deviceDistance) {
        return !Double.isNaN(deviceDistance) && !Double.isNaN(windowStartDevice)
                ? Math.max(0, deviceDistance - windowStartDevice)
                : alongMeters - windowStartAlong;
    }
}
