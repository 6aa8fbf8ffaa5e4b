package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.BARNETT_2006;

import java.util.Optional;

/** Illness: complete rest leads the plan. */
final class IllnessRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        if (!reading.signals().ill()) {
            return Optional.empty();
        }
        return Finding.calling(Decision.REST,
                        "You are ill: your body's resources go to fighting it, so complete rest leads the plan and no movement is prescribed.")
                .putFirst(Priority.SLEEP, Priority.FOOD, Priority.HYDRATION, Priority.LOW_STIMULATION, Priority.REDUCED_LOAD)
                .avoid("Sweating it out with a session", "Returning to training before a full day without symptoms")
                .citing(BARNETT_2006)
                .build();
    }
}
