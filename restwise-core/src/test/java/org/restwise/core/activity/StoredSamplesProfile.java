package org.restwise.core.activity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.restwise.core.terrain.GradeCostModel;

/**
 * The chart profile as it was drawn before measuring streamed (commit 0a347cb), from every stored
 * sample, with pace on moving time and heart rate added since. The reference the bounded
 * {@link ActivityProfile} must match for tracks under its limit.
 */
record StoredSamplesProfile(List<ProfilePoint> points) {

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
    private static final int MEDIAN_WINDOW = 5;

    StoredSamplesProfile {
        points = List.copyOf(points);
    }

    public static final StoredSamplesProfile EMPTY = new StoredSamplesProfile(List.of());

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /**
     * Samples {@code activity} at {@code count} (≥ 2) evenly spaced distances. Empty when the file has
     * no positions (a treadmill) or covers no distance.
     */
    public static StoredSamplesProfile of(Activity activity, GradeCostModel costModel, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("a profile needs at least 2 points, got " + count);
        }
        Objects.requireNonNull(costModel, "costModel");
        Track track = Track.of(activity);
        if (track.size() < 2 || track.along[track.size() - 1] <= 0) {
            return EMPTY;
        }
        double total = track.along[track.size() - 1];
        double window = Math.max(MIN_WINDOW_METERS, total / 100);
        Series elevation = track.elevations();
        Series time = track.times();
        Series heartSum = Series.of(track.along, track.heartSum, track.size());
        Series heartCovered = Series.of(track.along, track.heartCovered, track.size());
        List<ProfilePoint> points = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            double d = total * k / (count - 1);
            double from = Math.max(0, d - window / 2);
            double to = Math.min(total, d + window / 2);
            Optional<Double> ele = elevation.at(d);
            Optional<Double> pace = time.at(to).flatMap(t1 -> time.at(from).map(t0 -> (t1 - t0) / ((to - from) / 1000)))
                    .filter(p -> p > 0 && p < STOPPED_SECONDS_PER_KM);
            Optional<Double> covered = heartCovered.at(to).flatMap(c1 -> heartCovered.at(from).map(c0 -> c1 - c0))
                    .filter(m -> m >= (to - from) / 2);
            Optional<Integer> heartRate = covered.flatMap(m -> heartSum.at(to).flatMap(b1 -> heartSum.at(from)
                    .map(b0 -> (int) Math.round((b1 - b0) / m)))).filter(bpm -> bpm >= 20 && bpm <= 260);
            Optional<Double> grade = elevation.at(to).flatMap(e1 -> elevation.at(from).map(e0 -> (e1 - e0) / (to - from)));
            Optional<Double> gap = pace.map(p -> p / costModel.costRatio(clamp(grade.orElse(0.0), costModel.maxFittedGrade())));
            points.add(new ProfilePoint(d, ele, pace, gap, heartRate));
        }
        return new StoredSamplesProfile(points);
    }

    private static double clamp(double grade, double limit) {
        return Math.max(-limit, Math.min(limit, grade));
    }

    /** Positions in recording order with their distance along the track; nothing is counted across a segment gap. */
    private static final class Track {
        final double[] along;
        final double[] elevation;
        final double[] seconds;
        final double[] heartSum;
        final double[] heartCovered;
        private final int size;

        private Track(double[] along, double[] elevation, double[] seconds, double[] heartSum, double[] heartCovered, int size) {
            this.along = along;
            this.elevation = elevation;
            this.seconds = seconds;
            this.heartSum = heartSum;
            this.heartCovered = heartCovered;
            this.size = size;
        }

        int size() {
            return size;
        }

        static Track of(Activity activity) {
            int capacity = activity.sampleCount();
            double[] along = new double[capacity];
            double[] elevation = new double[capacity];
            double[] seconds = new double[capacity];
            double[] heartSum = new double[capacity];
            double[] heartCovered = new double[capacity];
            Arrays.fill(elevation, Double.NaN);
            Arrays.fill(seconds, Double.NaN);
            Arrays.fill(heartSum, Double.NaN);
            Arrays.fill(heartCovered, Double.NaN);
            int n = 0;
            double distance = 0;
            double moving = 0;
            double beats = 0;
            double beatMetres = 0;
            double lastSeconds = Double.NEGATIVE_INFINITY;
            for (TrackSegment segment : activity.segments()) {
                Position previous = null;
                double previousSeconds = Double.NaN;
                List<Double> timedSeconds = new ArrayList<>();
                List<Double> timedDistance = new ArrayList<>();
                for (Sample sample : segment.samples()) {
                    double t = sample.time().map(i -> i.toEpochMilli() / 1000.0).orElse(Double.NaN);
                    if (sample.position().isEmpty()) {
                        continue;
                    }
                    Position p = sample.position().get();
                    double step = 0;
                    if (previous != null) {
                        step = previous.distanceMetersTo(p);
                        boolean timed = !Double.isNaN(t) && !Double.isNaN(previousSeconds) && t > previousSeconds;
                        if (timed && step / (t - previousSeconds) > SPIKE_METERS_PER_SECOND) {
                            continue;
                        }
                        distance += step;
                    }
                    previous = p;
                    along[n] = distance;
                    if (sample.heartRateBpm().isPresent()) {
                        beats += sample.heartRateBpm().get() * step;
                        beatMetres += step;
                        heartSum[n] = beats;
                        heartCovered[n] = beatMetres;
                    }
                    elevation[n] = sample.elevationMeters().orElse(Double.NaN);
                    // Time never goes back on the chart: a timestamp earlier than one seen counts as missing.
                    if (!Double.isNaN(t) && t >= lastSeconds) {
                        if (!timedSeconds.isEmpty()) {
                            int last = timedSeconds.size() - 1;
                            int oldest = Math.max(0, timedSeconds.size() - ProfileTrack.RECENT);
                            int anchor = last;
                            while (anchor > oldest && t - timedSeconds.get(anchor) < NoiseHandling.DEFAULT.movingWindowSeconds()) {
                                anchor--;
                            }
                            double span = t - timedSeconds.get(anchor);
                            if (span > 0 && (distance - timedDistance.get(anchor)) / span
                                    >= NoiseHandling.DEFAULT.movingSpeedMetersPerSecond()) {
                                moving += t - timedSeconds.get(last);
                            }
                        }
                        timedSeconds.add(t);
                        timedDistance.add(distance);
                        seconds[n] = moving;
                        lastSeconds = t;
                        previousSeconds = t;
                    }
                    n++;
                }
            }
            return new Track(along, elevation, seconds, heartSum, heartCovered, n);
        }

        /** Elevations, median-smoothed over their own neighbours so one bad reading makes no spike. */
        Series elevations() {
            Series raw = Series.of(along, elevation, size);
            return raw.medianSmoothed(MEDIAN_WINDOW);
        }

        /** Seconds spent moving since the start, each step judged over the ten seconds before it. */
        Series times() {
            return Series.of(along, seconds, size);
        }
    }

    /** Values known at increasing distances, read at any distance by linear interpolation. */
    private record Series(double[] at, double[] value) {

        static Series of(double[] along, double[] values, int size) {
            double[] at = new double[size];
            double[] value = new double[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (!Double.isNaN(values[i])) {
                    at[n] = along[i];
                    value[n++] = values[i];
                }
            }
            return new Series(Arrays.copyOf(at, n), Arrays.copyOf(value, n));
        }

        Series medianSmoothed(int window) {
            int half = window / 2;
            double[] out = new double[value.length];
            double[] buffer = new double[window];
            for (int i = 0; i < value.length; i++) {
                int from = Math.max(0, i - half);
                int to = Math.min(value.length, i + half + 1);
                int n = to - from;
                System.arraycopy(value, from, buffer, 0, n);
                Arrays.sort(buffer, 0, n);
                out[i] = n % 2 == 1 ? buffer[n / 2] : (buffer[n / 2 - 1] + buffer[n / 2]) / 2;
            }
            return new Series(at, out);
        }

        /** The value at {@code distance}; empty outside the known range or when nothing is known. */
        Optional<Double> at(double distance) {
            if (at.length == 0 || distance < at[0] || distance > at[at.length - 1]) {
                return Optional.empty();
            }
            int i = Arrays.binarySearch(at, distance);
            if (i >= 0) {
                return Optional.of(value[i]);
            }
            int hi = -i - 1;
            int lo = hi - 1;
            double span = at[hi] - at[lo];
            double f = span == 0 ? 0 : (distance - at[lo]) / span;
            return Optional.of(value[lo] + f * (value[hi] - value[lo]));
        }
    }
}
