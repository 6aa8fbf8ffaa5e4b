package org.restwise.core.advice;

import static org.restwise.core.advice.AdviceThresholds.RECOVERY_SESSIONS_LEFT_FLATTER;
import static org.restwise.core.advice.Reference.BARNETT_2006;

import java.util.Optional;

/**
 * Recovery sessions that keep leaving the runner flatter are not recovering them. Cites Barnett,
 * whose review finds no substantial evidence that recovery modalities, active recovery among them,
 * speed recovery between sessions: when they cost more than they give, stop them.
 */
final class RecoveryLeavesYouFlatterRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        int flatter = reading.context().recoverySessionsLeftFlatterOrZero();
        if (flatter < RECOVERY_SESSIONS_LEFT_FLATTER) {
            return Optional.empty();
        }
        return Finding.calling(Decision.REST, flatter
                        + " of your last three recovery sessions left you flatter than before: for you, right now, movement is costing more than it gives back.")
                .naming(RedFlag.RECOVERY_LEAVES_YOU_FLATTER, flatter + " of your last 3 recovery sessions left you flatter")
                .putFirst(Priority.SLEEP, Priority.FOOD, Priority.REDUCED_LOAD)
                .avoid(Caution.Topic.RECOVERY_AS_WORKOUT, "Another recovery session out of habit")
                .thenAdvise("If this picture lasts more than a few days or keeps coming back, talk it through with your coach or a doctor.")
                .citing(BARNETT_2006)
                .build();
    }
}
