package org.restwise.core.activity;

import java.util.List;
import java.util.Optional;

/**
 * The running legs of a multisport file, added up: what counts as running (its distance, its time,
 * its climbing and its descent, the eccentric load) when the rest was a ride or a swim. Each total is
 * empty when no running leg reports it.
 *
 * @param legs how many running legs there were
 * @param avgHeartRateBpm weighted by each leg's time, over the legs that report both
 */
public record RunningLegs(int legs, Optional<Double> distanceMeters, Optional<Double> timerSeconds,
                          Optional<Double> ascentMeters, Optional<Double> descentMeters, Optional<Integer> avgHeartRateBpm) {

    /** The running legs of {@code legs} (transitions and other sports left out); empty when none ran. */
    public static Optional<RunningLegs> of(List<ActivityLeg> legs) {
        List<ActivityLeg> running = legs.stream().filter(l -> !l.transition() && l.sport().isRunning()).toList();
        if (running.isEmpty()) {
            return Optional.empty();
        }
        double beats = 0;
        double beatSeconds = 0;
        for (ActivityLeg leg : running) {
            if (leg.avgHeartRateBpm().isPresent() && leg.timer().isPresent()) {
                double seconds = leg.timer().get().toMillis() / 1000.0;
                beats += leg.avgHeartRateBpm().get() * seconds;
                beatSeconds += seconds;
            }
        }
        Optional<Integer> heartRate = beatSeconds > 0 ? Optional.of((int) Math.round(beats / beatSeconds)) : Optional.empty();
        return Optional.of(new RunningLegs(running.size(),
                sum(running.stream().map(ActivityLeg::distanceMeters).toList()),
                sum(running.stream().map(l -> l.timer().map(t -> t.toMillis() / 1000.0)).toList()),
                sum(running.stream().map(ActivityLeg::ascentMeters).toList()),
                sum(running.stream().map(ActivityLeg::descentMeters).toList()), heartRate));
    }

    private static Optional<Double> sum(List<Optional<Double>> values) {
        return values.stream().flatMap(Optional::stream).reduce(Double::sum);
    }
}
