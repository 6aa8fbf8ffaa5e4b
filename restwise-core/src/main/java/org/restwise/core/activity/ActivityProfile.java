package org.restwise.core.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.restwise.core.terrain.GradeCostModel;

/**
 * An activity reduced to a few hundred evenly spaced points along its distance (elevation, pace on
 * moving time, grade-adjusted pace and heart rate), small enough to keep beside the session and draw without the file.
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
     * What a profile is read from, each against the distance: smoothed elevation, seconds moving since
     * the start, and heart rate summed over the metres it covered (bpm·m) beside those metres.
     */
    record Series(DistanceSeries elevation, DistanceSeries movingTime, DistanceSeries heartMetres,
                  DistanceSeries heartCovered) {
    }

    /**
     * The profile of a track of {@code positions} points covering {@code totalMeters}. Each point
     * reads a window around it (at least {@link #MIN_WINDOW_METERS}, else a hundredth of the track):
     * pace is the moving time over the window, so a stop inside it does not slow it; heart rate is the
     * window's mean; grade-adjusted pace removes the window's grade cost.
     */
    static ActivityProfile sampled(long positions, double totalMeters, Series series, GradeCostModel costModel, int count) {
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
            Optional<Double> ele = series.elevation().at(d);
            Optional<Double> pace = difference(series.movingTime(), from, to).map(t -> t / ((to - from) / 1000))
                    .filter(p -> p > 0 && p < STOPPED_SECONDS_PER_KM);
            Optional<Double> grade = difference(series.elevation(), from, to).map(rise -> rise / (to - from));
            Optional<Double> gap = pace.map(p -> p / costModel.costRatio(clamp(grade.orElse(0.0), costModel.maxFittedGrade())));
            points.add(new ProfilePoint(d, ele, pace, gap, heartRate(series, from, to)));
        }
        return new ActivityProfile(points);
    }

    private static Optional<Double> difference(DistanceSeries series, double from, double to) {
        return series.at(to).flatMap(end -> series.at(from).map(start -> end - start));
    }

    /** The window's mean heart rate, when at least half of the window has one. */
    private static Optional<Integer> heartRate(Series series, double from, double to) {
        Optional<Double> covered = difference(series.heartCovered(), from, to).filter(m -> m >= (to - from) / 2);
        return covered.flatMap(m -> difference(series.heartMetres(), from, to).map(beats -> (int) Math.round(beats / m)))
                .filter(bpm -> bpm >= 20 && bpm <= 260);
    }

    private static double clamp(double grade, double limit) {
        return Math.max(-limit, Math.min(limit, grade));
    }
}
