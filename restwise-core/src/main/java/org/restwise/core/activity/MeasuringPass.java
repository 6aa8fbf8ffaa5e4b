package org.restwise.core.activity;

import java.time.Instant;
import java.util.Optional;
import org.restwise.core.terrain.GradeCostModel;

/**
 * The summary of an activity measured in one pass over its points, for one reading of two facts
 * that only the end of the file settles: the sport (which sets the GPS spike speed) and whether an
 * elevation of exactly 0 m is a placeholder (which depends on the median of the whole track). While
 * a fact makes no difference to what the points so far gave, the pass leaves it undecided; at the
 * first point where it would, {@link #point} asks to be split into one pass per reading. Holds
 * running totals and a few points of look-ahead, never the points themselves.
 *
 * <p>Each step is the one {@link ActivityAnalyzer} documents; sums are added in the same order as
 * a pass over stored samples would, so the figures are the same to the last bit.
 */
final class MeasuringPass implements GradeStretches.Sink {

    static final long NO_TIME = Long.MIN_VALUE;

    enum SpikeSpeed { FOOT, WHEEL, UNDECIDED }

    enum ZeroElevation { PLACEHOLDER, MEASURED, UNDECIDED }

    /** What {@link #point} needs before it can take the point. */
    enum Split { NONE, BY_SPIKE_SPEED, BY_ZERO_ELEVATION }

    private final GradeCostModel costModel;
    private final NoiseHandling noise;
    private SpikeSpeed spikeSpeed = SpikeSpeed.UNDECIDED;
    private ZeroElevation zeroElevation = ZeroElevation.UNDECIDED;

    // Over the whole activity.
    private long firstTime = NO_TIME;
    private long lastTime = NO_TIME;
    private boolean anyPosition;
    private boolean anyElevation;
    private double distanceMeters;
    private double movingSeconds;
    private double ascentMeters;
    private double descentMeters;
    private double descentDistanceMeters;
    private double flatEquivalentMeters;
    private long heartRateSum;
    private long heartRateSamples;
    private int maxHeartRate;

    // Within the current segment.
    private long segmentPoints;
    private double flatEquivalentBeforeSegment;
    private final SpikeFilter positions;
    private final MovingTime moving;
    private final FastestStretch fastestMinute;
    private final FastestStretch fastestTenMinutes;
    private RunningMedian elevations;
    private ClimbCounter climbs;
    private GradeStretches stretches;

    MeasuringPass(GradeCostModel costModel, NoiseHandling noise) {
        this.costModel = costModel;
        this.noise = noise;
        this.positions = new SpikeFilter(noise);
        this.moving = new MovingTime(noise);
        this.fastestMinute = new FastestStretch(SustainedSpeeds.MINUTE_SECONDS, noise.maxFootSpeedMetersPerSecond(), true);
        this.fastestTenMinutes = new FastestStretch(SustainedSpeeds.TEN_MINUTES_SECONDS, noise.maxFootSpeedMetersPerSecond(), false);
        startSegment();
    }

    private MeasuringPass(MeasuringPass o) {
        costModel = o.costModel;
        noise = o.noise;
        spikeSpeed = o.spikeSpeed;
        zeroElevation = o.zeroElevation;
        firstTime = o.firstTime;
        lastTime = o.lastTime;
        anyPosition = o.anyPosition;
        anyElevation = o.anyElevation;
        distanceMeters = o.distanceMeters;
        movingSeconds = o.movingSeconds;
        ascentMeters = o.ascentMeters;
        descentMeters = o.descentMeters;
        descentDistanceMeters = o.descentDistanceMeters;
        flatEquivalentMeters = o.flatEquivalentMeters;
        heartRateSum = o.heartRateSum;
        heartRateSamples = o.heartRateSamples;
        maxHeartRate = o.maxHeartRate;
        segmentPoints = o.segmentPoints;
        flatEquivalentBeforeSegment = o.flatEquivalentBeforeSegment;
        positions = new SpikeFilter(o.positions);
        moving = new MovingTime(o.moving);
        fastestMinute = new FastestStretch(o.fastestMinute);
        fastestTenMinutes = new FastestStretch(o.fastestTenMinutes);
        elevations = new RunningMedian(o.elevations);
        climbs = new ClimbCounter(o.climbs);
        stretches = new GradeStretches(o.stretches);
    }

    /** True when this pass stands for the given reading (an undecided fact stands for both). */
    boolean readsAs(boolean onFoot, boolean zeroIsPlaceholder) {
        return (spikeSpeed == SpikeSpeed.UNDECIDED || (spikeSpeed == SpikeSpeed.FOOT) == onFoot)
                && (zeroElevation == ZeroElevation.UNDECIDED
                        || (zeroElevation == ZeroElevation.PLACEHOLDER) == zeroIsPlaceholder);
    }

    /** Decides the fact {@code split} names for this pass, and returns a twin that reads it the other way. */
    MeasuringPass splitOff(Split split) {
        MeasuringPass twin = new MeasuringPass(this);
        switch (split) {
            case BY_SPIKE_SPEED -> {
                spikeSpeed = SpikeSpeed.FOOT;
                twin.spikeSpeed = SpikeSpeed.WHEEL;
            }
            case BY_ZERO_ELEVATION -> {
                zeroElevation = ZeroElevation.PLACEHOLDER;
                twin.zeroElevation = ZeroElevation.MEASURED;
            }
            case NONE -> throw new IllegalArgumentException("nothing to split");
        }
        return twin;
    }

    void startSegment() {
        segmentPoints = 0;
        flatEquivalentBeforeSegment = flatEquivalentMeters;
        positions.startSegment();
        moving.startSegment();
        fastestMinute.startSegment();
        fastestTenMinutes.startSegment();
        elevations = new RunningMedian(noise.elevationMedianWindow());
        climbs = new ClimbCounter(noise.elevationHysteresisMeters());
        stretches = new GradeStretches(noise.gradeWindowMeters());
    }

    /**
     * Takes point {@code i}; or, when an undecided fact would change what it gives, takes nothing and
     * names the split needed first.
     */
    Split point(SampleColumns points, int i) {
        double elevation = points.elevationOrNaN(i);
        if (zeroElevation == ZeroElevation.UNDECIDED && elevation == 0.0) {
            return Split.BY_ZERO_ELEVATION;
        }
        // Times: one earlier than a time already seen counts as missing.
        long time = points.hasTime(i) ? points.epochMillis(i) : NO_TIME;
        if (time != NO_TIME && lastTime != NO_TIME && time < lastTime) {
            time = NO_TIME;
        }
        boolean hasPosition = points.hasPosition(i);
        boolean accepted = false;
        if (hasPosition) {
            SpikeFilter.Verdict verdict = positions.judge(points.latitude(i), points.longitude(i), time, spikeSpeed);
            if (verdict == SpikeFilter.Verdict.DEPENDS_ON_SPORT) {
                return Split.BY_SPIKE_SPEED;
            }
            accepted = verdict == SpikeFilter.Verdict.ACCEPT;
        }
        // Nothing was changed above; from here the point is taken.
        segmentPoints++;
        if (time != NO_TIME) {
            if (firstTime == NO_TIME) {
                firstTime = time;
            }
            lastTime = time;
        }
        if (hasPosition) {
            positions.take(points.latitude(i), points.longitude(i), time, accepted);
            anyPosition |= accepted;
            if (accepted && time != NO_TIME) {
                fastestMinute.position(time, positions.distanceMeters(), points.latitude(i), points.longitude(i));
                fastestTenMinutes.position(time, positions.distanceMeters(), points.latitude(i), points.longitude(i));
            }
        }
        int heartRate = points.heartRateOrZero(i);
        if (heartRate != 0) {
            heartRateSum += heartRate;
            heartRateSamples++;
            maxHeartRate = Math.max(maxHeartRate, heartRate);
        }
        moving.point(time, accepted, positions.distanceMeters(), points.deviceDistanceOrNaN(i));
        if (!Double.isNaN(elevation) && !(zeroElevation == ZeroElevation.PLACEHOLDER && elevation == 0.0)) {
            anyElevation = true;
            if (elevations.add(elevation)) {
                smoothed(elevations.nextIndex(), elevations.next());
            }
        }
        if (accepted) {
            stretches.position(positions.distanceMeters(), Math.max(0, elevations.count() - 1), this);
        }
        return Split.NONE;
    }

    void endSegment() {
        stretches.endOfPositions(this);
        while (elevations.owesAtEnd()) {
            smoothed(elevations.nextIndex(), elevations.next());
        }
        if (!stretches.allDelivered()) {
            throw new IllegalStateException("a grade stretch was left without its elevations");
        }
        distanceMeters += positions.distanceMeters();
        movingSeconds += moving.segmentSeconds();
        if (elevations.count() > 0) {
            ElevationProfile.Climbs segmentClimbs = climbs.climbs();
            ascentMeters += segmentClimbs.ascentMeters();
            descentMeters += segmentClimbs.descentMeters();
        } else if (segmentPoints > 0) {
            // No elevation in this segment: it counts as flat, the only neutral assumption, measured
            // on its whole distance rather than stretch by stretch.
            flatEquivalentMeters = flatEquivalentBeforeSegment + positions.distanceMeters();
        }
        startSegment();
    }

    private void smoothed(long index, double elevation) {
        climbs.add(elevation);
        stretches.smoothed(index, elevation, this);
    }

    /** A grade stretch: its flat-equivalent length (length × grade cost ratio), and its length when downhill. */
    @Override
    public void stretch(double meters, double climbMeters) {
        if (meters <= 0) {
            return;
        }
        double grade = climbMeters / meters;
        flatEquivalentMeters += meters * costModel.costRatio(grade);
        if (grade <= -noise.downhillGradeFraction()) {
            descentDistanceMeters += meters;
        }
    }

    /** The fastest minute and ten minutes of the track, for telling a run from a ride or a drive. */
    SustainedSpeeds sustainedSpeeds() {
        return new SustainedSpeeds(fastestMinute.fastestMetersPerSecond(), fastestTenMinutes.fastestMetersPerSecond());
    }

    ActivitySummary summary(long points, DeviceTotals deviceTotals, boolean wallClockTimes) {
        Optional<Double> flatEquivalent = anyPosition && anyElevation
                ? Optional.of(flatEquivalentMeters) : Optional.empty();
        Optional<Double> gradeAdjustedPace = flatEquivalent.isPresent() && movingSeconds > 0 && flatEquivalentMeters > 0
                ? Optional.of(movingSeconds / (flatEquivalentMeters / 1000)) : Optional.empty();
        boolean timed = firstTime != NO_TIME;
        return new ActivitySummary(
                !timed || !wallClockTimes ? Optional.empty() : Optional.of(Instant.ofEpochMilli(firstTime)),
                (int) Math.min(points, Integer.MAX_VALUE),
                anyPosition ? Optional.of(distanceMeters) : Optional.empty(),
                deviceTotals.distanceMeters(),
                timed ? Optional.of((lastTime - firstTime) / 1000.0) : Optional.empty(),
                timed ? Optional.of(movingSeconds) : Optional.empty(),
                anyElevation ? Optional.of(ascentMeters) : Optional.empty(),
                anyElevation ? Optional.of(descentMeters) : Optional.empty(),
                anyPosition && anyElevation ? Optional.of(descentDistanceMeters) : Optional.empty(),
                heartRateSamples == 0
                        ? Optional.empty() : Optional.of((int) Math.round((double) heartRateSum / heartRateSamples)),
                heartRateSamples == 0 ? Optional.empty() : Optional.of(maxHeartRate),
                flatEquivalent,
                gradeAdjustedPace);
    }
}
