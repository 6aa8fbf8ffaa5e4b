package org.restwise.core.advice;

import static org.restwise.core.advice.AdviceThresholds.SYSTEMIC_SIGNS_FOR_FATIGUE;
import static org.restwise.core.advice.Reference.BARNETT_2006;
import static org.restwise.core.advice.Reference.VAN_HOOREN_PEAKE_2018;

import java.util.List;
import java.util.Optional;
import org.restwise.core.checkin.TenMinuteTest;

/**
 * Several systemic signs together, with no named scenario behind them: the body is underpowered
 * rather than jammed. Legs that loosened in the ten-minute test overrule it: that is a flow problem.
 */
final class TiredSystemRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        List<String> signs = reading.systemicSigns();
        if (signs.size() < SYSTEMIC_SIGNS_FOR_FATIGUE || reading.tenMinuteTest() == TenMinuteTest.LOOSENED) {
            return Optional.empty();
        }
        return Finding.calling(Decision.REST, Wording.capitalised(Wording.list(signs))
                        + " point to a tired system rather than stale legs: stillness, food and sleep do more today than movement.")
                .putFirst(Priority.SLEEP, Priority.FOOD, Priority.HYDRATION, Priority.LOW_STIMULATION, Priority.REDUCED_LOAD)
                .avoid("Making movement the centrepiece of the day")
                .citing(VAN_HOOREN_PEAKE_2018, BARNETT_2006)
                .allowingShortWalks()
                .build();
    }
}
