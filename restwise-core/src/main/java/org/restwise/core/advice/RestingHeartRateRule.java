package org.restwise.core.advice;

import static org.restwise.core.advice.AdviceThresholds.SYSTEMIC_SIGNS_WITH_A_BODY_SIGN_FOR_REST;
import static org.restwise.core.advice.Reference.BUCHHEIT_2014;

import java.util.List;
import java.util.Optional;
import org.restwise.core.body.normal.RestingHeartRateCheck;

/**
 * A resting heart rate well above the runner's own baseline this morning: a systemic sign. With
 * another sign of strain it calls for rest; on its own it keeps the day easy (no TRAIN), because a
 * single morning's pulse is noisy. Cites Buchheit 2014, whose review puts the typical error of a
 * morning's resting heart rate near 10 % and asks that changes be read against it.
 */
final class RestingHeartRateRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        Optional<RestingHeartRateCheck> high = reading.body().restingHeartRateWellAbove();
        if (high.isEmpty()) {
            return Optional.empty();
        }
        List<String> others = reading.systemicSignsBesides(BodyReading.Sign.RESTING_HEART_RATE_WELL_ABOVE);
        String seen = Wording.capitalised(high.get().words()) + ".";
        if (others.size() + 1 < SYSTEMIC_SIGNS_WITH_A_BODY_SIGN_FOR_REST) {
            return Finding.calling(Decision.MOVE, seen + " One morning's pulse is noisy, so on its own this only keeps"
                            + " today easy: no hard session.")
                    .avoid("A hard session on a morning your resting pulse is up")
                    .citing(BUCHHEIT_2014)
                    .build();
        }
        return Finding.calling(Decision.REST, seen + " Together with " + Wording.list(others)
                        + ", a raised resting pulse points to a system that needs stillness today rather than training.")
                .putFirst(Priority.SLEEP, Priority.HYDRATION, Priority.LOW_STIMULATION, Priority.REDUCED_LOAD)
                .avoid("Training through a raised resting pulse")
                .thenAdvise("If your resting pulse stays up for several mornings, or you start to feel ill, rest and talk to a doctor.")
                .citing(BUCHHEIT_2014)
                .allowingShortWalks()
                .build();
    }
}
