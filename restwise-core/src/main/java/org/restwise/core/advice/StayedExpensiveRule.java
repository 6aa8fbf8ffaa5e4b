package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.BARNETT_2006;

import java.util.Optional;
import org.restwise.core.checkin.TenMinuteTest;

/**
 * Ten easy minutes that felt costly from start to end: the system, not the legs, is the limiter.
 * Cites Barnett: rest alone restores the body between sessions, and no recovery modality has shown
 * it does so faster.
 */
final class StayedExpensiveRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        if (reading.tenMinuteTest() != TenMinuteTest.STAYED_EXPENSIVE) {
            return Optional.empty();
        }
        return Finding.calling(Decision.REST,
                        "Ten easy minutes felt expensive from the first step to the last: that is a tired system, not stale legs, and more movement will not fix it.")
                .putFirst(Priority.SLEEP, Priority.FOOD, Priority.HYDRATION, Priority.LOW_STIMULATION, Priority.REDUCED_LOAD)
                .avoid(Caution.Topic.LONG_SESSION, "Extending the session in the hope it starts to feel better")
                .thenAdvise("If this picture lasts more than a few days or keeps coming back, talk it through with your coach or a doctor.")
                .citing(BARNETT_2006)
                .allowingShortWalks()
                .build();
    }
}
