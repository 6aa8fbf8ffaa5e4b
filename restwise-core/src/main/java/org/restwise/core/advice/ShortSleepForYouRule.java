package org.restwise.core.advice;

import static org.restwise.core.advice.AdviceThresholds.SYSTEMIC_SIGNS_WITH_A_BODY_SIGN_FOR_REST;
import static org.restwise.core.advice.Reference.FULLAGAR_2015;

import java.util.List;
import java.util.Optional;
import org.restwise.core.body.normal.SleepCheck;

/**
 * Last night, as a device measured it, well short of the runner's own average (or under 6 h): a
 * systemic sign. With another sign of strain (the runner's own report of the same night aside) it
 * calls for rest; on its own it keeps the day easy (no TRAIN). Cites Fullagar et al., whose review
 * finds that sleep loss impairs performance and unsettles autonomic balance.
 */
final class ShortSleepForYouRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        Optional<SleepCheck> shortNight = reading.body().shortSleepForYou();
        if (shortNight.isEmpty()) {
            return Optional.empty();
        }
        List<String> others = reading.systemicSignsBesides(BodyReading.Sign.SHORT_SLEEP_FOR_YOU);
        String seen = Wording.capitalised(shortNight.get().words()) + ".";
        if (others.size() + 1 < SYSTEMIC_SIGNS_WITH_A_BODY_SIGN_FOR_REST) {
            return Finding.calling(Decision.MOVE, seen + " A short night for you keeps today easy rather than hard:"
                            + " the recovery happens in sleep, not in the session.")
                    .avoid("A hard session after a short night")
                    .thenAdvise("Give sleep the first claim on tonight.")
                    .citing(FULLAGAR_2015)
                    .build();
        }
        return Finding.calling(Decision.REST, seen + " Together with " + Wording.list(others)
                        + ", that is a tired system: rest, an early night and proper meals come first.")
                .putFirst(Priority.SLEEP, Priority.FOOD, Priority.LOW_STIMULATION)
                .avoid("Trading sleep for an early session")
                .thenAdvise("Give sleep the first claim on tonight: an early night does more than any recovery session.")
                .citing(FULLAGAR_2015)
                .allowingShortWalks()
                .build();
    }
}
