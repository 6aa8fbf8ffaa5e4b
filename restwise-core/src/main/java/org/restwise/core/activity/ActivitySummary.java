package org.restwise.core.activity;

import java.time.Instant;
import java.util.Optional;

/**
 * What Restwise measures from an activity's samples; an empty value means the file does not hold
 * the data needed (no timestamps, no positions, no elevation, no heart rate).
 *
 * @param start                          first valid timestamp, if the file keeps real dates
 * @param points                         samples read, over all segments
 * @param distanceMeters                 great-circle distance along the track, inside segments
 * @param deviceDistanceMeters           distance the file itself reports
 * @param durationSeconds                first to last valid timestamp
 * @param movingSeconds                  time spent above the moving speed
 * @param ascentMeters                   climbing after smoothing and hysteresis
 * @param descentMeters                  descending after smoothing and hysteresis
 * @param descentDistanceMeters          distance covered on downhill stretches (the eccentric load)
 * @param avgHeartRateBpm                mean of the heart-rate samples
 * @param maxHeartRateBpm                highest heart-rate sample
 * @param flatEquivalentMeters           distance on the flat that costs the same energy
 * @param gradeAdjustedPaceSecondsPerKm  moving time per flat-equivalent kilometre
 */
public record ActivitySummary(
        Optional<Instant> start,
        int points,
        Optional<Double> distanceMeters,
        Optional<Double> deviceDistanceMeters,
        Optional<Double> durationSeconds,
        Optional<Double> movingSeconds,
        Optional<Double> ascentMeters,
        Optional<Double> descentMeters,
        Optional<Double> descentDistanceMeters,
        Optional<Integer> avgHeartRateBpm,
        Optional<Integer> maxHeartRateBpm,
        Optional<Double> flatEquivalentMeters,
        Optional<Double> gradeAdjustedPaceSecondsPerKm) {
}
