package org.restwise.core.activity;

import java.util.Objects;
import java.util.Optional;
import org.restwise.core.terrain.GradeCostModel;

/**
 * Measures an activity from its samples: distance, time, climbing, descending, heart rate and the
 * grade-adjusted figures. Pure: the same activity always gives the same summary. Measuring streams:
 * a {@link #measurer()} takes the points as a reader decodes them and keeps running totals, so a file
 * of any length is measured in the same memory; {@link #summarize(Activity)} feeds it stored samples.
 *
 * <p>Noise handling, in order: timestamps earlier than one already seen are ignored (the point keeps
 * its position); positions implying an impossible speed are GPS spikes and skipped; elevations of
 * exactly 0 m in a track that otherwise lies well above sea level are "no data" placeholders; the
 * remaining elevations are median-smoothed and counted through a hysteresis band. The constants are
 * in {@link NoiseHandling}.
 */
public final class ActivityAnalyzer {

    private final GradeCostModel costModel;
    private final NoiseHandling noise;

    public ActivityAnalyzer(GradeCostModel costModel, NoiseHandling noise) {
        this.costModel = Objects.requireNonNull(costModel, "costModel");
        this.noise = Objects.requireNonNull(noise, "noise");
    }

    /** Minetti 2002 grade cost and the default noise handling. */
    public static ActivityAnalyzer standard() {
        return new ActivityAnalyzer(GradeCostModel.minetti(), NoiseHandling.DEFAULT);
    }

    /** A sink that measures one activity as it is read; its profile is empty. */
    public ActivityMeasurer measurer() {
        return new ActivityMeasurer(costModel, noise, Optional.empty());
    }

    /** A sink that measures one activity as it is read and draws its chart profile of {@code profilePoints} (≥ 2). */
    public ActivityMeasurer measurerWithProfile(int profilePoints) {
        ActivityProfile.requireValid(costModel, profilePoints);
        return new ActivityMeasurer(costModel, noise, Optional.of(profilePoints));
    }

    public ActivitySummary summarize(Activity activity) {
        ActivityMeasurer measurer = measurer();
        for (TrackSegment segment : activity.segments()) {
            measurer.startSegment();
            measurer.points(segment.columns());
            measurer.endSegment();
        }
        return measurer.finish(activity.sport(), activity.deviceTotals(), activity.wallClockTimes()).summary();
    }

    /** On foot a GPS jump is judged against running speed; anything else (or unknown) against wheels. */
    static boolean onFoot(Sport sport) {
        return switch (sport) {
            case RUNNING, TRAIL_RUNNING, TREADMILL_RUNNING, WALKING, HIKING -> true;
            case CYCLING, CROSS_COUNTRY_SKIING, ALPINE_SKIING, SWIMMING, ROWING, PADDLING, ELLIPTICAL, MULTISPORT,
                    OTHER, UNKNOWN -> false;
        };
    }
}
