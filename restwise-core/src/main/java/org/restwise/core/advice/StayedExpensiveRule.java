package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.VAN_HOOREN_PEAKE_2018;

import java.util.Optional;
import org.restwise.core.checkin.TenMinuteTest;

/** Ten easy minutes that felt costly from start to end: the system, not the legs, is the limiter. */
final class StayedExpensiveRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        if (reading.tenMinuteTest() != TenMinuteTest.STAYED_EXPENSIVE) {
            return Optional.empty();
        }
        return Finding.calling(Decision.REST,
                        "Ten easy minutes felt expensive from the first step to the last: that is a tired system, not stale legs, and more movement will not fix it.")
                .putFirst(Priority.SLEEP, Priority.FOOD, Priority.HYDRATION, Priority.LOW_STIMULATION, Priority.REDUCED_LOAD)
                .avoid("Extending the session in the hope it starts to feel better")
                .citing(VAN_HOOREN_PEAKE_2018)
                .allowingShortWalks()
                .build();
    }
}
