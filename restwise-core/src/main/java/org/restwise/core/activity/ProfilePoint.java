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
 */
public record ProfilePoint(double distanceMeters, Optional<Double> elevationMeters, Optional<Double> paceSecondsPerKm,
                           Optional<Double> gradeAdjustedPaceSecondsPerKm) {

    public ProfilePoint {
        if (!(distanceMeters >= 0) || Double.isInfinite(distanceMeters)) {
            throw new IllegalArgumentException("distance must be a finite number of metres >= 0, got " + distanceMeters);
        }
        requireFinite("elevation", Objects.requireNonNull(elevationMeters, "elevationMeters"));
        requirePositive("pace", Objects.requireNonNull(paceSecondsPerKm, "paceSecondsPerKm"));
        requirePositive("grade-adjusted pace", Objects.requireNonNull(gradeAdjustedPaceSecondsPerKm, "gradeAdjustedPaceSecondsPerKm"));
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
