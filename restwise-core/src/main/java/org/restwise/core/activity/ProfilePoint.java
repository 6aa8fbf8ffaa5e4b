package org.restwise.core.activity;

import java.util.Objects;
import java.util.Optional;

/**
 * One point of an activity's downsampled profile, for charts.
 *
 * @param distanceMeters                 distance from the start along the track, ≥ 0
 * @param elevationMeters                smoothed elevation there, if the file has elevation
 * @param paceSecondsPerKm               pace over the stretch around the point, if the runner was moving and the file has times
 * @param gradeAdjustedPaceSecondsPerKm  that pace on the flat for the same effort (the stretch's grade cost removed)
 * @param heartRateBpm                   the heart rate there, if the file recorded one
 */
public record ProfilePoint(double distanceMeters, Optional<Double> elevationMeters, Optional<Double> paceSecondsPerKm,
                           Optional<Double> gradeAdjustedPaceSecondsPerKm, Optional<Integer> heartRateBpm) {

    /** A point without heart rate (profiles kept before heart rate was, and files without it). */
    public ProfilePoint(double distanceMeters, Optional<Double> elevationMeters, Optional<Double> paceSecondsPerKm,
                        Optional<Double> gradeAdjustedPaceSecondsPerKm) {
        this(distanceMeters, elevationMeters, paceSecondsPerKm, gradeAdjustedPaceSecondsPerKm, Optional.empty());
    }

    public ProfilePoint {
        if (!(distanceMeters >= 0) || Double.isInfinite(distanceMeters)) {
            throw new IllegalArgumentException("distance must be a finite number of metres >= 0, got " + distanceMeters);
        }
        requireFinite("elevation", Objects.requireNonNull(elevationMeters, "elevationMeters"));
        requirePositive("pace", Objects.requireNonNull(paceSecondsPerKm, "paceSecondsPerKm"));
        requirePositive("grade-adjusted pace", Objects.requireNonNull(gradeAdjustedPaceSecondsPerKm, "gradeAdjustedPaceSecondsPerKm"));
        Objects.requireNonNull(heartRateBpm, "heartRateBpm").ifPresent(bpm -> {
            if (bpm < 20 || bpm > 260) {
                throw new IllegalArgumentException("heart rate must be 20 to 260 bpm, got " + bpm);
            }
        });
    }

    private static void requireFinite(String what, Optional<Double> value) {
        value.ifPresent(v -> {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(what + " must be a finite number, got " + v);
            }
        });
    }

    private static void requirePositive(String what, Optional<Double> value) {
        value.ifPresent(v -> {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(what + " must be a finite number of seconds per km > 0, got " + v);
            }
        });
    }
}
