package org.restwise.core.activity;

import org.restwise.core.terrain.GradeCostModel;

/**
 * What a chart profile is drawn from, gathered as the points are read: elevation, moving time and
 * heart rate against the distance along the track (positions in recording order, GPS spikes skipped, nothing counted across a
 * segment gap). Each series keeps every point up to {@link #MAX_SERIES_POINTS}, then thins itself by
 * distance ({@link BoundedSeries}), so a track of any length fits in a few megabytes.
 */
final class ProfileTrack {

    /**
     * Four times the longest fixture (24 000 points); about 1.6 MB per series. A profile of 500 points
     * reads it over windows of at least a hundredth of the track, hundreds of kept points each.
     */
    static final int MAX_SERIES_POINTS = 100_000;
    /** Timed points kept to judge moving by: ten seconds of a 100 Hz recording. */
    static final int RECENT = 1024;

    /** Elevations are smoothed before any thinning, so a kept point carries its neighbours' median. */
    private final RunningMedian elevationMedian = new RunningMedian(ActivityProfile.MEDIAN_WINDOW);
    private final double[] pendingDistances = new double[ActivityProfile.MEDIAN_WINDOW];
    private final BoundedSeries elevations;
    /** Seconds spent moving since the start: a stop adds none, so a pace read from it is the pace run. */
    private final BoundedSeries movingTimes;
    /** Heart rate summed over the metres it was recorded on (bpm·m), and those metres: their ratio is a mean. */
    private final BoundedSeries heartMetres;
    private final BoundedSeries heartCovered;
    private long positions;
    private double distance;
    private double movingSeconds;
    private double heartSum;
    private double heartDistance;
    private double lastSeconds = Double.NEGATIVE_INFINITY;
    private boolean hasPrevious;
    private double previousLatitude;
    private double previousLongitude;
    private double previousSeconds = Double.NaN;
    /** The segment's latest timed points (time, distance), newest at {@code recentNext - 1}. */
    private final double[] recentSeconds = new double[RECENT];
    private final double[] recentDistance = new double[RECENT];
    private int recentCount;
    private int recentNext;

    ProfileTrack() {
        this(MAX_SERIES_POINTS);
    }

    ProfileTrack(int maxSeriesPoints) {
        elevations = new BoundedSeries(maxSeriesPoints);
        movingTimes = new BoundedSeries(maxSeriesPoints);
        heartMetres = new BoundedSeries(maxSeriesPoints);
        heartCovered = new BoundedSeries(maxSeriesPoints);
    }

    void startSegment() {
        hasPrevious = false;
        previousSeconds = Double.NaN;
        recentCount = 0;
    }

    /**
     * Adds the time since the last timed point when the runner was moving: when the distance covered
     * since the latest timed point at least {@link NoiseHandling#movingWindowSeconds()} back (or the
     * segment's oldest one kept) is at least {@link NoiseHandling#movingSpeedMetersPerSecond()}. Judged
     * over a window as the summary's moving time is, so a watch that repeats its position between GPS
     * updates does not look stopped; counted point by point, so the series has no steps.
     */
    private void countMoving(double t) {
        if (recentCount > 0) {
            double previous = recentSeconds[(recentNext - 1 + RECENT) % RECENT];
            int anchor = recentNext;
            for (int k = 1; k <= recentCount; k++) {
                anchor = (recentNext - k + RECENT) % RECENT;
                if (t - recentSeconds[anchor] >= NoiseHandling.DEFAULT.movingWindowSeconds()) {
                    break;
                }
            }
            double span = t - recentSeconds[anchor];
            if (span > 0 && (distance - recentDistance[anchor]) / span >= NoiseHandling.DEFAULT.movingSpeedMetersPerSecond()) {
                movingSeconds += t - previous;
            }
        }
        recentSeconds[recentNext] = t;
        recentDistance[recentNext] = distance;
        recentNext = (recentNext + 1) % RECENT;
        recentCount = Math.min(RECENT, recentCount + 1);
    }

    void endSegment() {
        // The next segment starts afresh (startSegment); the distance runs on across the gap.
    }

    void points(SampleColumns chunk) {
        for (int i = 0; i < chunk.size(); i++) {
            double t = chunk.hasTime(i) ? chunk.epochMillis(i) / 1000.0 : Double.NaN;
            if (!chunk.hasPosition(i)) {
                continue;
            }
            double latitude = chunk.latitude(i);
            double longitude = chunk.longitude(i);
            double step = 0;
            if (hasPrevious) {
                step = Position.distanceMeters(previousLatitude, previousLongitude, latitude, longitude);
                boolean timed = !Double.isNaN(t) && !Double.isNaN(previousSeconds) && t > previousSeconds;
                if (timed && step / (t - previousSeconds) > ActivityProfile.SPIKE_METERS_PER_SECOND) {
                    continue;
                }
                distance += step;
            }
            int heartRate = chunk.heartRateOrZero(i);
            if (heartRate > 0) {
                heartSum += heartRate * step;
                heartDistance += step;
                heartMetres.add(distance, heartSum);
                heartCovered.add(distance, heartDistance);
            }
            hasPrevious = true;
            previousLatitude = latitude;
            previousLongitude = longitude;
            double elevation = chunk.elevationOrNaN(i);
            if (!Double.isNaN(elevation)) {
                pendingDistances[(int) (elevationMedian.count() % pendingDistances.length)] = distance;
                if (elevationMedian.add(elevation)) {
                    addSmoothedElevation();
                }
            }
            // Time never goes back on the chart: a timestamp earlier than one seen counts as missing.
            if (!Double.isNaN(t) && t >= lastSeconds) {
                countMoving(t);
                movingTimes.add(distance, movingSeconds);
                lastSeconds = t;
                previousSeconds = t;
            }
            positions++;
        }
    }

    /** The profile of the points so far; call once, after the last. */
    ActivityProfile profile(GradeCostModel costModel, int count) {
        while (elevationMedian.owesAtEnd()) {
            addSmoothedElevation();
        }
        return ActivityProfile.sampled(positions, distance, new ActivityProfile.Series(elevations.series(),
                movingTimes.series(), heartMetres.series(), heartCovered.series()), costModel, count);
    }

    private void addSmoothedElevation() {
        double at = pendingDistances[(int) (elevationMedian.nextIndex() % pendingDistances.length)];
        elevations.add(at, elevationMedian.next());
    }
}
