package org.restwise.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.restwise.core.activity.ActivitySummary;
import org.restwise.core.activity.DeviceTotals;
import org.restwise.core.activity.MeasuredActivity;
import org.restwise.core.activity.ProfilePoint;

/**
 * What any activity that reads must satisfy, whatever bytes it came from: every figure a finite
 * number, distances, climbs and times not negative, heart rates between 20 and 250 bpm, moving time
 * within the duration, downhill distance within the distance, a profile that runs forward. The fuzz
 * targets check it on every input that reads, so "no exception" is not the only thing they prove.
 */
final class PhysicalBounds {

    /** Sums of many floating-point steps may overshoot an exact bound by rounding, never by more. */
    private static final double ROUNDING = 1e-9;

    private PhysicalBounds() {
    }

    static void check(MeasuredActivity activity) {
        List<String> broken = new ArrayList<>();
        ActivitySummary s = activity.summary();
        if (s.points() < 1) {
            broken.add("points " + s.points());
        }
        notNegative("distance", s.distanceMeters(), broken);
        notNegative("device distance", s.deviceDistanceMeters(), broken);
        notNegative("duration", s.durationSeconds(), broken);
        notNegative("moving time", s.movingSeconds(), broken);
        notNegative("ascent", s.ascentMeters(), broken);
        notNegative("descent", s.descentMeters(), broken);
        notNegative("descent distance", s.descentDistanceMeters(), broken);
        notNegative("flat-equivalent distance", s.flatEquivalentMeters(), broken);
        s.gradeAdjustedPaceSecondsPerKm().filter(p -> !(p > 0) || p.isInfinite())
                .ifPresent(p -> broken.add("grade-adjusted pace " + p));
        atMost("moving time", s.movingSeconds(), "duration", s.durationSeconds(), broken);
        atMost("descent distance", s.descentDistanceMeters(), "distance", s.distanceMeters(), broken);
        heartRate("average heart rate", s.avgHeartRateBpm(), broken);
        heartRate("maximum heart rate", s.maxHeartRateBpm(), broken);
        if (s.avgHeartRateBpm().isPresent() && s.avgHeartRateBpm().get() > s.maxHeartRateBpm().orElse(0)) {
            broken.add("average heart rate above the maximum");
        }
        DeviceTotals d = activity.deviceTotals();
        notNegative("device total distance", d.distanceMeters(), broken);
        notNegative("device ascent", d.ascentMeters(), broken);
        notNegative("device descent", d.descentMeters(), broken);
        d.elapsed().filter(t -> t.isNegative()).ifPresent(t -> broken.add("device elapsed " + t));
        d.timer().filter(t -> t.isNegative()).ifPresent(t -> broken.add("device timer " + t));
        heartRate("device average heart rate", d.avgHeartRateBpm(), broken);
        heartRate("device maximum heart rate", d.maxHeartRateBpm(), broken);
        double previous = 0;
        for (ProfilePoint p : activity.profile().points()) {
            if (p.distanceMeters() < previous) {
                broken.add("profile goes back from " + previous + " to " + p.distanceMeters() + " m");
            }
            previous = p.distanceMeters();
        }
        if (!broken.isEmpty()) {
            throw new AssertionError("outside physical bounds: " + String.join("; ", broken) + " in " + s);
        }
    }

    private static void notNegative(String what, Optional<Double> value, List<String> broken) {
        value.filter(v -> !(v >= 0) || v.isInfinite()).ifPresent(v -> broken.add(what + " " + v));
    }

    private static void atMost(String what, Optional<Double> value, String bound, Optional<Double> limit,
                               List<String> broken) {
        if (value.isPresent() && limit.isPresent()
                && value.get() > limit.get() + ROUNDING * Math.max(1, Math.abs(limit.get()))) {
            broken.add(what + " " + value.get() + " above the " + bound + " " + limit.get());
        }
    }

    private static void heartRate(String what, Optional<Integer> bpm, List<String> broken) {
        bpm.filter(v -> v < SensorValues.MIN_HEART_RATE || v > SensorValues.MAX_HEART_RATE)
                .ifPresent(v -> broken.add(what + " " + v + " bpm"));
    }
}
