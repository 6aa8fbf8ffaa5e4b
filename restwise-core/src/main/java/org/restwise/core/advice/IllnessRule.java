package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.SCHWELLNUS_2016;

import java.util.Optional;

/**
 * Illness: complete rest leads the plan, without even a prescribed walk. Cites the IOC consensus on
 * load and illness, which ties acute illness to load and guides training around it.
 */
final class IllnessRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        if (!reading.signals().ill()) {
            return Optional.empty();
        }
        return Finding.calling(Decision.REST,
                        "You are ill: your body's resources go to fighting it, so complete rest leads the plan.")
                .putFirst(Priority.SLEEP, Priority.HYDRATION, Priority.FOOD, Priority.LOW_STIMULATION, Priority.REDUCED_LOAD)
                .avoid("Sweating it out with a session", "Returning to training before a full day without symptoms")
                .thenAdvise("Come back to training gradually.")
                .citing(SCHWELLNUS_2016)
                .build();
    }
}
