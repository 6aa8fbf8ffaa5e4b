package org.restwise.core.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.restwise.core.terrain.GradeCostModel;

/**
 * An activity reduced to a few hundred evenly spaced points along its distance (elevation, pace and
 * grade-adjusted pace), small enough to keep beside the session and draw without the file.
 *
 * <p>Drawn from its own pass over the points ({@link ProfileTrack}, with its own spike rule), so it
 * is independent of how {@link ActivityAnalyzer} measures totals; figures here are for the picture,
 * the summary stays the reference. A track longer than {@link ProfileTrack#MAX_SERIES_POINTS} points
 * is thinned by distance first, which keeps memory bounded and the picture the same.
 */
public record ActivityProfile(List<ProfilePoint> points) {

    /** About one point per chart pixel on a phone held sideways; ~12 KB stored. */
    public static final int DEFAULT_POINTS = 500;
    /**
     * Pace and grade are read over at least this stretch around each point: over a few metres GPS
     * jitter and 1 m elevation steps would read as sprints and walls.
     */
    static final double MIN_WINDOW_METERS = 200;
    /** Slower than this (30 min/km) the runner was standing, not running slowly: no pace. */
    static final double STOPPED_SECONDS_PER_KM = 1800;
    /** A step faster than this (m/s) between two positions is a GPS spike (as {@link NoiseHandling#DEFAULT} on foot). */
    static final double SPIKE_METERS_PER_SECOND = 15;
    static final int MEDIAN_WINDOW = 5;

    public ActivityProfile {
        points = List.copyOf(points);
    }

    public static final ActivityProfile EMPTY = new ActivityProfile(List.of());

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /**
     * Samples {@code activity} at {@code count} (≥ 2) evenly spaced distances. Empty when the file has
     * no positions (a treadmill) or covers no distance.
     */
    public static ActivityProfile of(Activity activity, GradeCostModel costModel, int count) {
        requireValid(costModel, count);
        ProfileTrack track = new ProfileTrack();
        for (TrackSegment segment : activity.segments()) {
            track.startSegment();
            track.points(segment.columns());
            track.endSegment();
        }
        return track.profile(costModel, count);
    }

    static void requireValid(GradeCostModel costModel, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("a profile needs at least 2 points, got " + count);
        }
        Objects.requireNonNull(costModel, "costModel");
    }

    /**
     * The profile of a track of {@code positions} points covering {@code totalMeters}, from its
     * elevations (median-smoothed over their own neighbours, so one bad reading makes no spike) and
     * times against the distance.
     */
    static ActivityProfile sampled(long positions, double totalMeters, DistanceSeries elevation, DistanceSeries time,
                                   GradeCostModel costModel, int count) {
        requireValid(costModel, count);
        if (positions < 2 || totalMeters <= 0) {
            return EMPTY;
        }
        double total = totalMeters;
        double window = Math.max(MIN_WINDOW_METERS, total / 100);
        List<ProfilePoint> points = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            double d = total * k / (count - 1);
            double from = Math.max(0, d - window / 2);
            double to = Math.min(total, d + window / 2);
            Optional<Double> ele = elevation.at(d);
            Optional<Double> pace = time.at(to).flatMap(t1 -> time.at(from).map(t0 -> (t1 - t0) / ((to - from) / 1000)))
                    .filter(p -> p > 0 && p < STOPPED_SECONDS_PER_KM);
            Optional<Double> grade = elevation.at(to).flatMap(e1 -> elevation.at(from).map(e0 -> (e1 - e0) / (to - from)));
            Optional<Double> gap = pace.map(p -> p / costModel.costRatio(clamp(grade.orElse(0.0), costModel.maxFittedGrade())));
            points.add(new ProfilePoint(d, ele, pace, gap));
        }
        return new ActivityProfile(points);
    }

    private static double clamp(double grade, double limit) {
        return Math.max(-limit, Math.min(limit, grade));
    }
}
