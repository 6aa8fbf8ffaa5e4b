package org.restwise.core.activity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.restwise.core.units.Measures;

/**
 * Guesses what kind of training an activity was, for recovery's sake. In this order:
 *
 * <ol>
 *   <li><b>The file's own sport</b>: a ride is {@link SessionType#CYCLING}; skiing, swimming, rowing,
 *       paddling and the elliptical are {@link SessionType#CROSS_TRAINING}; a hike or a walk is
 *       {@link SessionType#HIKING}; a sport with no word here is {@link SessionType#OTHER}. None of
 *       them is a run, so no running rule applies to them. A multisport file's running legs are the
 *       run, and the rest is cross-training.
 *   <li><b>Speed no runner reaches</b>: a track on foot or of unknown sport that held
 *       {@link #NOT_ON_FOOT_MINUTE_KMH} for a minute or {@link #NOT_ON_FOOT_TEN_MINUTES_KMH} for ten
 *       was not on foot (a ride, a drive): {@link SessionType#OTHER}.
 *   <li><b>The running rules</b>, first match wins: race length, descending, climbing, duration,
 *       heart rate. Races and terrain come first because their muscle damage outlasts how hard the
 *       session felt.
 * </ol>
 *
 * <p>Distance is the device's when the file reports it (devices filter GPS jitter), else ours;
 * time is moving time when known, else first to last timestamp.
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
    /**
     * 36 km/h (10 m/s) held for a whole minute is beyond any runner: the 400 m world record averages
     * 33.5 km/h over 43 s (Van Niekerk 2016, 43.03 s), and a full minute flat out is slower still.
     * A car in town or a bike downhill passes it easily. The margin also absorbs GPS scatter.
     */
    public static final double NOT_ON_FOOT_MINUTE_KMH = 36.0;
    /**
     * 25 km/h (2:24/km) held for ten minutes is beyond any runner: the 5 000 m world record averages
     * 23.8 km/h (Cheptegei 2020, 12:35.36), and the 3 000 m record's 24.7 km/h (Ingebrigtsen 2024,
     * 7:17.55) lasts only seven minutes. A ride on the flat passes it.
     */
    public static final double NOT_ON_FOOT_TEN_MINUTES_KMH = 25.0;

    private static final String NOT_RUNNING = "training load without running's impact, so no running rule"
            + " (race, terrain, long run) applies";

    private SessionTypeInference() {
    }

    /** From one pass over the file: its sport, its legs, what was measured and the track's speeds. */
    public static InferredSessionType infer(MeasuredActivity activity, Optional<Integer> maxHeartRate) {
        return infer(activity, maxHeartRate, Measures.METRIC);
    }

    /** The same, its reason written in the runner's units. */
    public static InferredSessionType infer(MeasuredActivity activity, Optional<Integer> maxHeartRate, Measures units) {
        return infer(activity.sport(), activity.summary(), activity.deviceTotals().legs(), activity.sustainedSpeeds(),
                maxHeartRate, units);
    }

    /** Again, from what an imported activity kept: its sport, its summary and what the import read beyond it. */
    public static InferredSessionType infer(Sport sport, ActivitySummary summary, InferenceBasis basis,
            Optional<Integer> maxHeartRate, Measures units) {
        return infer(sport, summary, basis.legs(), basis.speeds(), maxHeartRate, units);
    }

    /** From the sport and the measured totals alone (no legs, no speeds known). */
    public static InferredSessionType infer(Sport sport, ActivitySummary summary, Optional<Integer> maxHeartRate) {
        return infer(sport, summary, List.of(), SustainedSpeeds.UNKNOWN, maxHeartRate, Measures.METRIC);
    }

    /** With the file's legs and the track's speeds, its reason in metric units. */
    public static InferredSessionType infer(Sport sport, ActivitySummary summary, List<ActivityLeg> legs,
            SustainedSpeeds speeds, Optional<Integer> maxHeartRate) {
        return infer(sport, summary, legs, speeds, maxHeartRate, Measures.METRIC);
    }

    /**
     * @param sport what the file says the activity was
     * @param summary what Restwise measured
     * @param legs the file's legs, one per sport of a multisport file (may be empty)
     * @param speeds the track's fastest minute and ten minutes
     * @param maxHeartRate the runner's maximum heart rate from the profile, when known
     * @param units how the reason writes distances, heights and speeds
     */
    public static InferredSessionType infer(Sport sport, ActivitySummary summary, List<ActivityLeg> legs,
            SustainedSpeeds speeds, Optional<Integer> maxHeartRate, Measures units) {
        return switch (sport) {
            case CYCLING -> new InferredSessionType(SessionType.CYCLING, saidBy(sport) + ": " + NOT_RUNNING);
            case CROSS_COUNTRY_SKIING, ALPINE_SKIING, SWIMMING, ROWING, PADDLING, ELLIPTICAL ->
                new InferredSessionType(SessionType.CROSS_TRAINING, saidBy(sport) + ": cross-training, " + NOT_RUNNING);
            case OTHER -> new InferredSessionType(SessionType.OTHER, "the file says this was neither a run nor a ride,"
                    + " nor a sport Restwise knows: counted as training load, not as running");
            case MULTISPORT -> multisport(summary, legs, maxHeartRate, units);
            case WALKING, HIKING -> notOnFoot(sport, speeds, units).orElseGet(() -> new InferredSessionType(SessionType.HIKING,
                    saidBy(sport) + ": easy time on foot, not a run; its descent still counts as eccentric load"));
            case RUNNING, TRAIL_RUNNING, TREADMILL_RUNNING, UNKNOWN ->
                notOnFoot(sport, speeds, units).orElseGet(() -> runningRules(Figures.of(summary), maxHeartRate, units));
        };
    }

    /** A track that moved faster than any runner was not on foot, whatever the file calls it. */
    private static Optional<InferredSessionType> notOnFoot(Sport sport, SustainedSpeeds speeds, Measures units) {
        String what = sport == Sport.UNKNOWN ? "the track" : saidBy(sport) + ", but the track";
        Optional<Double> minute = speeds.fastestMinuteMetersPerSecond().map(v -> v * 3.6);
        if (minute.isPresent() && minute.get() >= NOT_ON_FOOT_MINUTE_KMH) {
            return Optional.of(new InferredSessionType(SessionType.OTHER, what + " held " + units.speed(minute.get())
                    + " for a minute (" + units.speed(NOT_ON_FOOT_MINUTE_KMH) + " or more over a minute is faster than any"
                    + " runner): not on foot, so not a run"));
        }
        Optional<Double> tenMinutes = speeds.fastestTenMinutesMetersPerSecond().map(v -> v * 3.6);
        if (tenMinutes.isPresent() && tenMinutes.get() >= NOT_ON_FOOT_TEN_MINUTES_KMH) {
            return Optional.of(new InferredSessionType(SessionType.OTHER, what + " held " + units.speed(tenMinutes.get())
                    + " for ten minutes (" + units.speed(NOT_ON_FOOT_TEN_MINUTES_KMH) + ", "
                    + units.pace(3600 / NOT_ON_FOOT_TEN_MINUTES_KMH) + ", or more over ten minutes is faster than any"
                    + " runner): not on foot, so not a run"));
        }
        return Optional.empty();
    }

    /**
     * The running legs of a multisport file are the run, judged by the running rules on their own
     * figures; the other legs are cross-training. Never a race from the whole file's distance.
     */
    private static InferredSessionType multisport(ActivitySummary summary, List<ActivityLeg> legs,
            Optional<Integer> maxHeartRate, Measures units) {
        List<ActivityLeg> running = legs.stream().filter(l -> !l.transition() && l.sport().isRunning()).toList();
        List<ActivityLeg> others = legs.stream().filter(l -> !l.transition() && !l.sport().isRunning()).toList();
        if (legs.isEmpty()) {
            return new InferredSessionType(SessionType.CROSS_TRAINING, "a multisport activity whose file does not give"
                    + " its legs one by one: without its running share it counts as cross-training, never as one long"
                    + " run or race");
        }
        if (running.isEmpty()) {
            return new InferredSessionType(SessionType.CROSS_TRAINING, "a multisport activity with no running leg ("
                    + legNames(others) + "): cross-training, " + NOT_RUNNING);
        }
        Figures run = Figures.of(RunningLegs.of(legs).orElseThrow(), summary);
        InferredSessionType judged = runningRules(run, maxHeartRate, units);
        String legsSaid = format("a multisport activity: its %s (%s) %s as the run%s; ",
                running.size() == 1 ? "running leg" : running.size() + " running legs", run.describe(units),
                running.size() == 1 ? "counts" : "count",
                others.isEmpty() ? "" : ", the other legs (" + legNames(others) + ") as cross-training");
        return new InferredSessionType(judged.type(), legsSaid + judged.reason());
    }

    private static InferredSessionType runningRules(Figures f, Optional<Integer> maxHeartRate, Measures units) {
        if (f.km.isPresent() && f.hours.isPresent()) {
            double d = f.km.get();
            double h = f.hours.get();
            if (d >= HUNDRED_MILE_KM && h >= HUNDRED_MILE_MIN_HOURS) {
                return new InferredSessionType(SessionType.HUNDRED_MILE_RACE, units.distance(d) + format(" in %.1f h: ", h)
                        + units.distance(HUNDRED_MILE_KM) + " or more is a 100-mile race");
            }
            if (d > ULTRA_KM && h >= ULTRA_MIN_HOURS) {
                return new InferredSessionType(SessionType.ULTRA_RACE,
                        units.distance(d) + format(" in %.1f h: beyond the marathon is an ultra", h));
            }
        }
        if (f.km.isPresent() && f.km.get() > 0) {
            double d = f.km.get();
            Optional<Double> down = f.descent;
            if (down.isPresent() && down.get() >= MIN_TERRAIN_METERS && down.get() / d >= DOWNHILL_HEAVY_DESCENT_M_PER_KM) {
                return new InferredSessionType(SessionType.DOWNHILL_HEAVY, units.elevation(down.get()) + " of descent over "
                        + units.distance(d) + " (" + units.gradient(down.get() / d) + ", "
                        + units.gradient(DOWNHILL_HEAVY_DESCENT_M_PER_KM) + " or more is downhill-heavy)");
            }
            Optional<Double> up = f.ascent;
            if (up.isPresent() && up.get() >= MIN_TERRAIN_METERS && up.get() / d >= MOUNTAIN_CLIMB_M_PER_KM) {
                return new InferredSessionType(SessionType.MOUNTAIN_RUN, units.elevation(up.get()) + " of climbing over "
                        + units.distance(d) + " (" + units.gradient(up.get() / d) + ", "
                        + units.gradient(MOUNTAIN_CLIMB_M_PER_KM) + " or more is a mountain run)");
            }
        }
        if (f.hours.isPresent() && f.hours.get() * 60 >= LONG_RUN_MINUTES) {
            return new InferredSessionType(SessionType.LONG_RUN,
                    format("%.0f minutes: %.0f or more is a long run", f.hours.get() * 60, LONG_RUN_MINUTES));
        }
        Optional<Integer> avg = f.avgHeartRate;
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

    /** What the running rules read: kilometres, hours, metres up and down, average heart rate. */
    private record Figures(Optional<Double> km, Optional<Double> hours, Optional<Double> ascent,
                           Optional<Double> descent, Optional<Integer> avgHeartRate) {

        static Figures of(ActivitySummary s) {
            return new Figures(s.deviceDistanceMeters().or(s::distanceMeters).map(m -> m / 1000),
                    s.movingSeconds().or(s::durationSeconds).map(sec -> sec / 3600),
                    s.ascentMeters(), s.descentMeters(), s.avgHeartRateBpm());
        }

        /** The running legs' own figures; their heart rate, else the whole activity's. */
        static Figures of(RunningLegs legs, ActivitySummary whole) {
            return new Figures(legs.distanceMeters().map(m -> m / 1000), legs.timerSeconds().map(s -> s / 3600),
                    legs.ascentMeters(), legs.descentMeters(), legs.avgHeartRateBpm().or(whole::avgHeartRateBpm));
        }

        String describe(Measures units) {
            List<String> parts = new ArrayList<>();
            km.ifPresent(d -> parts.add(units.distance(d)));
            hours.ifPresent(h -> parts.add(format("%.1f h", h)));
            return parts.isEmpty() ? "no distance or time in the file" : String.join(" in ", parts);
        }
    }

    /** "the file says this was a bike ride", in the runner's words. */
    private static String saidBy(Sport sport) {
        return "the file says this was " + switch (sport) {
            case RUNNING -> "a run";
            case TRAIL_RUNNING -> "a trail run";
            case TREADMILL_RUNNING -> "a treadmill run";
            case WALKING -> "a walk";
            case HIKING -> "a hike";
            case CYCLING -> "a bike ride";
            case CROSS_COUNTRY_SKIING -> "cross-country skiing";
            case ALPINE_SKIING -> "downhill skiing or snowboarding";
            case SWIMMING -> "a swim";
            case ROWING -> "rowing";
            case PADDLING -> "paddling";
            case ELLIPTICAL -> "a session on the elliptical";
            case MULTISPORT -> "a multisport activity";
            case OTHER -> "another sport";
            case UNKNOWN -> "nothing in particular";
        };
    }

    /** The other legs of a multisport file, each sport once: "cycling, swimming, 1 the file does not name". */
    private static String legNames(List<ActivityLeg> legs) {
        Set<String> names = new LinkedHashSet<>();
        long unnamed = legs.stream().filter(l -> l.sport() == Sport.UNKNOWN).count();
        for (ActivityLeg leg : legs) {
            if (leg.sport() != Sport.UNKNOWN) {
                names.add(switch (leg.sport()) {
                    case CYCLING -> "cycling";
                    case CROSS_COUNTRY_SKIING -> "cross-country skiing";
                    case ALPINE_SKIING -> "downhill skiing";
                    case SWIMMING -> "swimming";
                    case ROWING -> "rowing";
                    case PADDLING -> "paddling";
                    case ELLIPTICAL -> "elliptical";
                    case WALKING -> "walking";
                    case HIKING -> "hiking";
                    default -> "another sport";
                });
            }
        }
        List<String> all = new ArrayList<>(names);
        if (unnamed > 0) {
            all.add(unnamed + " the file does not name");
        }
        return String.join(", ", all);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
