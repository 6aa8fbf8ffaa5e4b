package org.restwise.core.advice;

import static org.restwise.core.advice.AdviceThresholds.SYSTEMIC_SIGNS_FOR_FATIGUE;
import static org.restwise.core.advice.Reference.FULLAGAR_2015;
import static org.restwise.core.advice.Reference.MEEUSEN_2013;

import java.util.List;
import java.util.Optional;
import org.restwise.core.checkin.TenMinuteTest;

/**
 * Several systemic signs together, with no named scenario behind them: the body is underpowered
 * rather than jammed. Legs that loosened in the ten-minute test overrule it: that is a flow problem.
 * Cites the ECSS/ACSM consensus on the signs of a system falling behind its load, and Fullagar et
 * al. on sleep loss.
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
                .avoid(Caution.Topic.RECOVERY_AS_WORKOUT, "Making movement the centrepiece of the day")
                .thenAdvise("If this picture lasts more than a few days or keeps coming back, talk it through with your coach or a doctor.")
                .citing(MEEUSEN_2013, FULLAGAR_2015)
                .allowingShortWalks()
                .build();
    }
}
