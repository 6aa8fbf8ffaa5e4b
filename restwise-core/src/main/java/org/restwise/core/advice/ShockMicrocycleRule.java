package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.PERRIER_MELO_2020;

import java.util.Optional;
import org.restwise.core.checkin.TrainingBlock;

/**
 * In a concentrated block of hard sessions, the extra cost of movement outweighs its benefit. Cites
 * Perrier-Melo et al.: between high-intensity efforts, passive recovery serves the next effort better.
 */
final class ShockMicrocycleRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        if (reading.context().trainingBlockOrNormal() != TrainingBlock.SHOCK_MICROCYCLE) {
            return Optional.empty();
        }
        return Finding.calling(Decision.REST,
                        "You are in a shock microcycle: between sessions this concentrated, the small cost of extra movement matters more than any circulation it brings, so recover passively.")
                .naming(Scenario.SHOCK_MICROCYCLE)
                .putFirst(Priority.SLEEP, Priority.FOOD, Priority.HYDRATION)
                .avoid(Caution.Topic.RECOVERY_AS_WORKOUT, "Filling the gaps between hard sessions with extra \"easy\" volume")
                .thenAdvise("Keep the block's hard sessions, and rest passively between them.")
                .citing(PERRIER_MELO_2020)
                .build();
    }
}
