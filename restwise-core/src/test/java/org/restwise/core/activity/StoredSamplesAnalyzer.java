package org.restwise.core.activity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.restwise.core.terrain.GradeCostModel;

/**
 * The analyzer as it was before measuring streamed (commit 0a347cb): every segment's samples in
 * arrays, several passes over them. Kept as the reference the streaming {@link ActivityAnalyzer}
 * must match to the last bit, on generated activities.
 */
final class StoredSamplesAnalyzer {

    private static final long NO_TIME = Long.MIN_VALUE;

    /** A track lying further than this from sea level cannot really touch 0.0 m for one point. */
    private static final double PLACEHOLDER_ZERO_DISTANCE_METERS = 100;

    private final GradeCostModel costModel;
    private final NoiseHandling noise;

    StoredSamplesAnalyzer(GradeCostModel costModel, NoiseHandling noise) {
        this.costModel = Objects.requireNonNull(costModel, "costModel");
        this.noise = Objects.requireNonNull(noise, "noise");
    }

    /** Minetti 2002 grade cost and the default noise handling. */
    static StoredSamplesAnalyzer standard() {
        return new StoredSamplesAnalyzer(GradeCostModel.minetti(), NoiseHandling.DEFAULT);
    }

    public ActivitySummary summarize(Activity activity) {
        Totals totals = new Totals();
        boolean zeroIsPlaceholder = zeroElevationIsPlaceholder(activity);
        double maxSpeed = onFoot(activity.sport())
                ? noise.maxFootSpeedMetersPerSecond() : noise.maxWheelSpeedMetersPerSecond();
        for (TrackSegment segment : activity.segments()) {
            measureSegment(segment.columns(), totals, zeroIsPlaceholder, maxSpeed);
        }
        Optional<Double> flatEquivalent = totals.anyPosition && totals.anyElevation
                ? Optional.of(totals.flatEquivalentMeters) : Optional.empty();
        Optional<Double> moving = totals.firstTime == NO_TIME ? Optional.empty() : Optional.of(totals.movingSeconds);
        Optional<Double> gradeAdjustedPace = flatEquivalent.isPresent() && totals.movingSeconds > 0
                && totals.flatEquivalentMeters > 0
                ? Optional.of(totals.movingSeconds / (totals.flatEquivalentMeters / 1000)) : Optional.empty();
        return new ActivitySummary(
                totals.firstTime == NO_TIME || !activity.wallClockTimes()
                        ? Optional.empty() : Optional.of(Instant.ofEpochMilli(totals.firstTime)),
                activity.sampleCount(),
                totals.anyPosition ? Optional.of(totals.distanceMeters) : Optional.empty(),
                activity.deviceTotals().distanceMeters(),
                totals.firstTime == NO_TIME
                        ? Optional.empty() : Optional.of((totals.lastTime - totals.firstTime) / 1000.0),
                moving,
                totals.anyElevation ? Optional.of(totals.ascentMeters) : Optional.empty(),
                totals.anyElevation ? Optional.of(totals.descentMeters) : Optional.empty(),
                totals.anyPosition && totals.anyElevation ? Optional.of(totals.descentDistanceMeters) : Optional.empty(),
                totals.heartRateSamples == 0
                        ? Optional.empty() : Optional.of((int) Math.round((double) totals.heartRateSum / totals.heartRateSamples)),
                totals.heartRateSamples == 0 ? Optional.empty() : Optional.of(totals.maxHeartRate),
                flatEquivalent,
                gradeAdjustedPace);
    }

    private void measureSegment(SampleColumns samples, Totals totals, boolean zeroIsPlaceholder, double maxSpeed) {
        int n = samples.size();
        long[] time = new long[n];
        boolean[] positioned = new boolean[n];
        double[] along = new double[n];
        double[] deviceDistance = new double[n];
        readTimes(samples, time, totals);
        acceptPositions(samples, time, maxSpeed, positioned, along, totals);
        for (int i = 0; i < n; i++) {
            deviceDistance[i] = samples.deviceDistanceOrNaN(i);
            int hr = samples.heartRateOrZero(i);
            if (hr != 0) {
                totals.heartRateSum += hr;
                totals.heartRateSamples++;
                totals.maxHeartRate = Math.max(totals.maxHeartRate, hr);
            }
        }
        totals.movingSeconds += movingSeconds(time, positioned, along, deviceDistance);
        double[] elevation = smoothedElevationPerSample(samples, zeroIsPlaceholder, totals);
        if (elevation != null) {
            measureGrades(positioned, along, elevation, totals);
        } else if (n > 0) {
            // No elevation in this segment: count it as flat, the only neutral assumption.
            totals.flatEquivalentMeters += along[n - 1];
        }
    }

    /** Keeps each timestamp that does not go back in time; the others count as missing. */
    private static void readTimes(SampleColumns samples, long[] time, Totals totals) {
        for (int i = 0; i < samples.size(); i++) {
            long millis = samples.hasTime(i) ? samples.epochMillis(i) : NO_TIME;
            if (millis != NO_TIME && totals.lastTime != NO_TIME && millis < totals.lastTime) {
                millis = NO_TIME;
            }
            time[i] = millis;
            if (millis != NO_TIME) {
                if (totals.firstTime == NO_TIME) {
                    totals.firstTime = millis;
                }
                totals.lastTime = millis;
            }
        }
    }

    /**
     * Accepts positions step by step, skipping a point whose speed from the last accepted one is
     * impossible; a run of such points means the track really moved, so the last is accepted.
     */
    private void acceptPositions(SampleColumns samples, long[] time, double maxSpeed,
                                 boolean[] positioned, double[] along, Totals totals) {
        boolean anchored = false;
        double anchorLatitude = 0;
        double anchorLongitude = 0;
        long anchorTime = NO_TIME;
        int rejectedInARow = 0;
        double distance = 0;
        for (int i = 0; i < samples.size(); i++) {
            if (samples.hasPosition(i)) {
                boolean accept = true;
                double step = 0;
                if (anchored) {
                    step = Position.distanceMeters(anchorLatitude, anchorLongitude,
                            samples.latitude(i), samples.longitude(i));
                    boolean timed = time[i] != NO_TIME && anchorTime != NO_TIME && time[i] > anchorTime;
                    boolean spike = timed && step / ((time[i] - anchorTime) / 1000.0) > maxSpeed;
                    if (spike && rejectedInARow + 1 < noise.spikeRunToReanchor()) {
                        rejectedInARow++;
                        accept = false;
                    }
                }
                if (accept) {
                    distance += step;
                    anchored = true;
                    anchorLatitude = samples.latitude(i);
                    anchorLongitude = samples.longitude(i);
                    if (time[i] != NO_TIME) {
                        anchorTime = time[i];
                    }
                    rejectedInARow = 0;
                    positioned[i] = true;
                    totals.anyPosition = true;
                }
            }
            along[i] = distance;
        }
        totals.distanceMeters += distance;
    }

    /**
     * Sums the windows (at least {@link NoiseHandling#movingWindowSeconds()} long, so devices that
     * update distance every few seconds do not look stopped in between) in which the runner moved
     * faster than the moving speed. Only samples that say where the runner was count as ends of an interval: the device's
     * own distance (preferred where both ends have it: it covers records without a GPS fix) or an
     * accepted position. A segment with neither counts all its time as moving.
     */
    private double movingSeconds(long[] time, boolean[] positioned, double[] along, double[] deviceDistance) {
        double moving = 0;
        double untracked = 0;
        boolean anyTracked = false;
        int previous = -1;
        int previousTimed = -1;
        int last = -1;
        for (int i = 0; i < time.length; i++) {
            if (time[i] == NO_TIME) {
                continue;
            }
            if (previousTimed >= 0) {
                untracked += (time[i] - time[previousTimed]) / 1000.0;
            }
            previousTimed = i;
            boolean tracked = positioned[i] || !Double.isNaN(deviceDistance[i]);
            if (!tracked) {
                continue;
            }
            anyTracked = true;
            if (previous < 0) {
                previous = i;
                continue;
            }
            double seconds = (time[i] - time[previous]) / 1000.0;
            if (seconds >= noise.movingWindowSeconds()) {
                moving += movingPart(seconds, metersBetween(previous, i, along, deviceDistance));
                previous = i;
            }
            last = i;
        }
        if (previous >= 0 && last > previous) {
            moving += movingPart((time[last] - time[previous]) / 1000.0, metersBetween(previous, last, along, deviceDistance));
        }
        return anyTracked ? moving : untracked;
    }

    private double movingPart(double seconds, double meters) {
        return seconds > 0 && meters / seconds >= noise.movingSpeedMetersPerSecond() ? seconds : 0;
    }

    /** Device distance where both ends have it (it covers records without a GPS fix), else the track. */
    private static double metersBetween(int from, int to, double[] along, double[] deviceDistance) {
        return !Double.isNaN(deviceDistance[to]) && !Double.isNaN(deviceDistance[from])
                ? Math.max(0, deviceDistance[to] - deviceDistance[from])
                : along[to] - along[from];
    }

    /**
     * Counts climbs over the segment's valid elevations and returns, per sample, the smoothed
     * elevation (carried forward to samples without one), or null when the segment has none.
     */
    private double[] smoothedElevationPerSample(SampleColumns samples, boolean zeroIsPlaceholder, Totals totals) {
        int n = samples.size();
        int[] index = new int[n];
        double[] raw = new double[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            double e = samples.elevationOrNaN(i);
            if (!Double.isNaN(e) && !(zeroIsPlaceholder && e == 0.0)) {
                index[count] = i;
                raw[count++] = e;
            }
        }
        if (count == 0) {
            return null;
        }
        totals.anyElevation = true;
        double[] smoothed = ElevationProfile.medianSmoothed(Arrays.copyOf(raw, count), noise.elevationMedianWindow());
        ElevationProfile.Climbs climbs = ElevationProfile.climbs(smoothed, noise.elevationHysteresisMeters());
        totals.ascentMeters += climbs.ascentMeters();
        totals.descentMeters += climbs.descentMeters();
        double[] perSample = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k + 1 < count && index[k + 1] <= i) {
                k++;
            }
            perSample[i] = smoothed[k];
        }
        return perSample;
    }

    /**
     * Walks the accepted positions in stretches of at least the grade window, and for each adds its
     * flat-equivalent length (length × grade cost ratio) and, when it runs downhill, its length to
     * the descent distance.
     */
    private void measureGrades(boolean[] positioned, double[] along, double[] elevation, Totals totals) {
        int start = -1;
        for (int i = 0; i < positioned.length; i++) {
            if (!positioned[i]) {
                continue;
            }
            if (start < 0) {
                start = i;
            } else if (along[i] - along[start] >= noise.gradeWindowMeters()) {
                addStretch(along[i] - along[start], elevation[i] - elevation[start], totals);
                start = i;
            }
        }
        int last = lastPositioned(positioned);
        if (start >= 0 && last > start) {
            addStretch(along[last] - along[start], elevation[last] - elevation[start], totals);
        }
    }

    private void addStretch(double meters, double climbMeters, Totals totals) {
        if (meters <= 0) {
            return;
        }
        double grade = climbMeters / meters;
        totals.flatEquivalentMeters += meters * costModel.costRatio(grade);
        if (grade <= -noise.downhillGradeFraction()) {
            totals.descentDistanceMeters += meters;
        }
    }

    private static int lastPositioned(boolean[] positioned) {
        for (int i = positioned.length - 1; i >= 0; i--) {
            if (positioned[i]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Some exports (Sports Tracker) write 0.0 m for points recorded before the altimeter settled.
     * In a track whose median elevation is far from sea level, an exact 0.0 is such a placeholder.
     */
    private static boolean zeroElevationIsPlaceholder(Activity activity) {
        double[] nonZero = new double[activity.sampleCount()];
        int count = 0;
        for (TrackSegment segment : activity.segments()) {
            SampleColumns samples = segment.columns();
            for (int i = 0; i < samples.size(); i++) {
                double e = samples.elevationOrNaN(i);
                if (!Double.isNaN(e) && e != 0.0) {
                    nonZero[count++] = e;
                }
            }
        }
        if (count == 0) {
            return false;
        }
        nonZero = Arrays.copyOf(nonZero, count);
        Arrays.sort(nonZero);
        return Math.abs(nonZero[nonZero.length / 2]) > PLACEHOLDER_ZERO_DISTANCE_METERS;
    }

    private static boolean onFoot(Sport sport) {
        return switch (sport) {
            case RUNNING, TRAIL_RUNNING, TREADMILL_RUNNING, WALKING, HIKING -> true;
            case CYCLING, CROSS_COUNTRY_SKIING, ALPINE_SKIING, SWIMMING, ROWING, PADDLING, ELLIPTICAL, MULTISPORT,
                    OTHER, UNKNOWN -> false;
        };
    }

    /** Running sums over the segments of one activity. */
    private static final class Totals {
        long firstTime = NO_TIME;
        long lastTime = NO_TIME;
        boolean anyPosition;
        boolean anyElevation;
        double distanceMeters;
        double movingSeconds;
        double ascentMeters;
        double descentMeters;
        double descentDistanceMeters;
        double flatEquivalentMeters;
        long heartRateSum;
        int heartRateSamples;
        int maxHeartRate;
    }
}
