package org.restwise.core.activity;

import java.util.Locale;
import java.util.Optional;

/**
 * Guesses what kind of training an activity was, for recovery's sake. The first rule that matches
 * wins, in this order: race length, descending, climbing, duration, heart rate. Races and terrain
 * come first because their muscle damage outlasts how hard the session felt.
 *
 * <p>Distance is the device's when the file reports it (devices filter GPS jitter), else ours;
 * time is moving time when known, else first to last timestamp. Cycling and swimming load the legs
 * without running's eccentric work, so only duration and heart rate apply to them.
 */
public final class SessionTypeInference {

    /** A 100-mile race is 161 km; 150 km also takes in the shorter "100-mile" courses and 100-mile-ish 24 h efforts. */
    public static final double HUNDRED_MILE_KM = 150.0;
    /** Anything beyond the marathon is an ultra. */
    public static final double ULTRA_KM = 42.195;
    /**
     * Below these durations the distance cannot have been run (the 50 km and 100-mile world bests are
     * about 2 h 40 and 10 h 50), so the file is a car ride or a GPS fault, not a race.
     */
    public static final double ULTRA_MIN_HOURS = 2.5;
    public static final double HUNDRED_MILE_MIN_HOURS = 9.0;
    /**
     * 40 m of descent per km is a steep mountain course (a 1 000 m descent over 25 km): enough
     * eccentric work to dominate recovery whatever the pace.
     */
    public static final double DOWNHILL_HEAVY_DESCENT_M_PER_KM = 40.0;
    /** 25 m of climbing per km (1 000 m over 40 km, or 250 m over 10 km) is a mountain run rather than a hilly one. */
    public static final double MOUNTAIN_CLIMB_M_PER_KM = 25.0;
    /** A short hill repeat with a few steep metres is not a mountain day: terrain rules need this much in total. */
    public static final double MIN_TERRAIN_METERS = 300.0;
    /** The usual definition of a long run among trail coaches: 90 minutes or more. */
    public static final double LONG_RUN_MINUTES = 90.0;
    /** A session averaging 80 % of maximum heart rate or more sat at tempo or above for most of its time. */
    public static final double HARD_AVERAGE_FRACTION_OF_MAX = 0.80;

    private SessionTypeInference() {
    }

    /**
     * @param sport what the file says the activity was
     * @param summary what Restwise measured
     * @param maxHeartRate the runner's maximum heart rate from the profile, when known
     */
    public static InferredSessionType infer(Sport sport, ActivitySummary summary, Optional<Integer> maxHeartRate) {
        Optional<Double> km = summary.deviceDistanceMeters().or(summary::distanceMeters).map(m -> m / 1000);
        Optional<Double> hours = summary.movingSeconds().or(summary::durationSeconds).map(s -> s / 3600);
        boolean onFoot = sport != Sport.CYCLING && sport != Sport.SWIMMING;
        if (onFoot && km.isPresent() && hours.isPresent()) {
            double d = km.get();
            double h = hours.get();
            if (d >= HUNDRED_MILE_KM && h >= HUNDRED_MILE_MIN_HOURS) {
                return new InferredSessionType(SessionType.HUNDRED_MILE_RACE,
                        format("%.0f km in %.1f h: %.0f km or more is a 100-mile race", d, h, HUNDRED_MILE_KM));
            }
            if (d > ULTRA_KM && h >= ULTRA_MIN_HOURS) {
                return new InferredSessionType(SessionType.ULTRA_RACE,
                        format("%.1f km in %.1f h: beyond the marathon is an ultra", d, h));
            }
        }
        if (onFoot && km.isPresent() && km.get() > 0) {
            double d = km.get();
            Optional<Double> down = summary.descentMeters();
            if (down.isPresent() && down.get() >= MIN_TERRAIN_METERS && down.get() / d >= DOWNHILL_HEAVY_DESCENT_M_PER_KM) {
                return new InferredSessionType(SessionType.DOWNHILL_HEAVY, format(
                        "%.0f m of descent over %.1f km (%.0f m/km, %.0f or more is downhill-heavy)",
                        down.get(), d, down.get() / d, DOWNHILL_HEAVY_DESCENT_M_PER_KM));
            }
            Optional<Double> up = summary.ascentMeters();
            if (up.isPresent() && up.get() >= MIN_TERRAIN_METERS && up.get() / d >= MOUNTAIN_CLIMB_M_PER_KM) {
                return new InferredSessionType(SessionType.MOUNTAIN_RUN, format(
                        "%.0f m of climbing over %.1f km (%.0f m/km, %.0f or more is a mountain run)",
                        up.get(), d, up.get() / d, MOUNTAIN_CLIMB_M_PER_KM));
            }
        }
        if (hours.isPresent() && hours.get() * 60 >= LONG_RUN_MINUTES) {
            return new InferredSessionType(SessionType.LONG_RUN,
                    format("%.0f minutes: %.0f or more is a long run", hours.get() * 60, LONG_RUN_MINUTES));
        }
        Optional<Integer> avg = summary.avgHeartRateBpm();
        if (avg.isEmpty()) {
            return new InferredSessionType(SessionType.EASY, "no heart rate in the file: taken as easy");
        }
        if (maxHeartRate.isEmpty()) {
            return new InferredSessionType(SessionType.EASY,
                    "no maximum heart rate in your profile to judge intensity by: taken as easy");
        }
        double fraction = avg.get() / (double) maxHeartRate.get();
        if (fraction >= HARD_AVERAGE_FRACTION_OF_MAX) {
            return new InferredSessionType(SessionType.HARD_WORKOUT, format(
                    "average heart rate %d bpm is %.0f %% of your maximum (%.0f %% or more is hard)",
                    avg.get(), fraction * 100, HARD_AVERAGE_FRACTION_OF_MAX * 100));
        }
        return new InferredSessionType(SessionType.EASY, format(
                "average heart rate %d bpm is %.0f %% of your maximum (under %.0f %% is easy)",
                avg.get(), fraction * 100, HARD_AVERAGE_FRACTION_OF_MAX * 100));
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
