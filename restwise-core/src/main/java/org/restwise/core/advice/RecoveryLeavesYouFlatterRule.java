package org.restwise.core.advice;

import static org.restwise.core.advice.AdviceThresholds.RECOVERY_SESSIONS_LEFT_FLATTER;
import static org.restwise.core.advice.Reference.ORTIZ_2019;

import java.util.Optional;

/** Recovery sessions that keep leaving the runner flatter are not recovering them. */
final class RecoveryLeavesYouFlatterRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        int flatter = reading.context().recoverySessionsLeftFlatterOrZero();
        if (flatter < RECOVERY_SESSIONS_LEFT_FLATTER) {
            return Optional.empty();
        }
        return Finding.calling(Decision.REST, flatter
                        + " of your last three recovery sessions left you flatter than before: for you, right now, movement is costing more than it gives back.")
                .naming(RedFlag.RECOVERY_LEAVES_YOU_FLATTER)
                .putFirst(Priority.SLEEP, Priority.FOOD, Priority.REDUCED_LOAD)
                .avoid("Another recovery session out of habit")
                .citing(ORTIZ_2019)
                .build();
    }
}
