package org.restwise.core.activity;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One leg of an activity as the file reports it: a FIT session message, of which a multisport file
 * has one per sport (a swim, a ride, a run, the transitions between them). Figures are the device's.
 *
 * @param sport what the file says this leg was; {@link Sport#UNKNOWN} for a transition or an unnamed leg
 * @param transition true for the changeover between two sports (FIT sport {@code transition})
 * @param distanceMeters the leg's distance
 * @param timer time the device timer ran (pauses left out)
 * @param ascentMeters climbing on the leg
 * @param descentMeters descending on the leg
 * @param avgHeartRateBpm the leg's average heart rate
 */
public record ActivityLeg(Sport sport, boolean transition, Optional<Double> distanceMeters, Optional<Duration> timer,
                          Optional<Double> ascentMeters, Optional<Double> descentMeters,
                          Optional<Integer> avgHeartRateBpm) {

    public ActivityLeg {
        Objects.requireNonNull(sport, "sport");
        Objects.requireNonNull(distanceMeters, "distanceMeters");
        Objects.requireNonNull(timer, "timer");
        Objects.requireNonNull(ascentMeters, "ascentMeters");
        Objects.requireNonNull(descentMeters, "descentMeters");
        Objects.requireNonNull(avgHeartRateBpm, "avgHeartRateBpm");
    }
}
