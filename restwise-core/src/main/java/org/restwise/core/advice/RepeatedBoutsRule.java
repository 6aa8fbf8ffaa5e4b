package org.restwise.core.advice;

import static org.restwise.core.advice.AdviceThresholds.PASSIVE_REST_BETWEEN_BOUTS_HOURS;
import static org.restwise.core.advice.Reference.PERRIER_MELO_2020;

import java.util.Optional;

/**
 * Another maximal bout within minutes: passive rest keeps more power for it than moving does. Cites
 * Perrier-Melo et al.'s meta-analysis of active against passive recovery between high-intensity bouts.
 */
final class RepeatedBoutsRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        Optional<Double> next = reading.context().nextHardEffortInHours();
        if (next.isEmpty() || next.get() >= PASSIVE_REST_BETWEEN_BOUTS_HOURS) {
            return Optional.empty();
        }
        long minutes = Math.round(next.get() * 60);
        return Finding.calling(Decision.REST, "Your next hard effort is " + minutes
                        + " minutes away: between maximal bouts this close together, resting still preserves more power and speed for the next one than moving does.")
                .putFirst(Priority.HYDRATION, Priority.FOOD)
                .avoid(Caution.Topic.EASY_JOGGING, "Jogging or spinning between bouts that are minutes apart")
                .citing(PERRIER_MELO_2020)
                .aboutTimingOnly()
                .build();
    }
}
