package org.restwise.core.activity;

import org.restwise.core.terrain.GradeCostModel;

/**
 * What a chart profile is drawn from, gathered as the points are read: elevation and time against the
 * distance along the track (positions in recording order, GPS spikes skipped, nothing counted across a
 * segment gap). Each series keeps every point up to {@link #MAX_SERIES_POINTS}, then thins itself by
 * distance ({@link BoundedSeries}), so a track of any length fits in a few megabytes.
 */
final class ProfileTrack {

    /**
     * Four times the longest fixture (24 000 points); about 1.6 MB per series. A profile of 500 points
     * reads it over windows of at least a hundredth of the track, hundreds of kept points each.
     */
    static final int MAX_SERIES_POINTS = 100_000;

    /** Elevations are smoothed before any thinning, so a kept point carries its neighbours' median. */
    private final RunningMedian elevationMedian = new RunningMedian(ActivityProfile.MEDIAN_WINDOW);
    private final double[] pendingDistances = new double[ActivityProfile.MEDIAN_WINDOW];
    private final BoundedSeries elevations;
    private final BoundedSeries times;
    private long positions;
    private double distance;
    private double lastSeconds = Double.NEGATIVE_INFINITY;
    private boolean hasPrevious;
    private double previousLatitude;
    private double previousLongitude;
    private double previousSeconds = Double.NaN;

    ProfileTrack() {
        this(MAX_SERIES_POINTS);
    }

    ProfileTrack(int maxSeriesPoints) {
        elevations = new BoundedSeries(maxSeriesPoints);
        times = new BoundedSeries(maxSeriesPoints);
    }

    void startSegment() {
        hasPrevious = false;
        previousSeconds = Double.NaN;
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
            if (hasPrevious) {
                double step = Position.distanceMeters(previousLatitude, previousLongitude, latitude, longitude);
                boolean timed = !Double.isNaN(t) && !Double.isNaN(previousSeconds) && t > previousSeconds;
                if (timed && step / (t - previousSeconds) > ActivityProfile.SPIKE_METERS_PER_SECOND) {
                    continue;
                }
                distance += step;
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
                times.add(distance, t);
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
        return ActivityProfile.sampled(positions, distance, elevations.series(), times.series(), costModel, count);
    }

    private void addSmoothedElevation() {
        double at = pendingDistances[(int) (elevationMedian.nextIndex() % pendingDistances.length)];
        elevations.add(at, elevationMedian.next());
    }
}
