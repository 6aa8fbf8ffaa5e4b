package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.ORTIZ_2019;
import static org.restwise.core.advice.Reference.PERRIER_MELO_2020;

import java.util.Optional;
import org.restwise.core.checkin.TrainingBlock;

/** In a concentrated block of hard sessions, the extra cost of movement outweighs its benefit. */
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
                .avoid("Filling the gaps between hard sessions with extra \"easy\" volume")
                .citing(PERRIER_MELO_2020, ORTIZ_2019)
                .build();
    }
}
