package org.restwise.core.activity;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the file itself reports about the whole activity (FIT session messages, TCX lap totals),
 * kept apart from what Restwise measures so the two can be compared. The totals cover every leg;
 * {@code legs} are the file's own sessions one by one (empty when the format has none), which is how a
 * multisport file tells its run from its ride.
 */
public record DeviceTotals(
        Optional<Double> distanceMeters,
        Optional<Double> ascentMeters,
        Optional<Double> descentMeters,
        Optional<Duration> elapsed,
        Optional<Duration> timer,
        Optional<Integer> avgHeartRateBpm,
        Optional<Integer> maxHeartRateBpm,
        List<ActivityLeg> legs) {

    public static final DeviceTotals NONE = new DeviceTotals(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

    public DeviceTotals {
        Objects.requireNonNull(distanceMeters, "distanceMeters");
        Objects.requireNonNull(ascentMeters, "ascentMeters");
        Objects.requireNonNull(descentMeters, "descentMeters");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(timer, "timer");
        Objects.requireNonNull(avgHeartRateBpm, "avgHeartRateBpm");
        Objects.requireNonNull(maxHeartRateBpm, "maxHeartRateBpm");
        legs = List.copyOf(legs);
    }
}
