package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.FULLAGAR_2015;
import static org.restwise.core.advice.Reference.MEEUSEN_2013;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fatigue with rising irritability and poor sleep: a warning sign of under-recovery. Cites the
 * ECSS/ACSM consensus, which lists these together among the early signs of overreaching, and
 * Fullagar et al. on what sleep loss does to an athlete.
 */
final class FatigueIrritabilityPoorSleepRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        var s = reading.signals();
        List<String> fatigue = new ArrayList<>();
        if (s.easyEffortFeelsExpensive()) {
            fatigue.add("easy effort feeling expensive");
        }
        if (s.lowMotivation()) {
            fatigue.add("low motivation");
        }
        if (reading.context().weeksOfPersistentFatigueOrZero() > 0) {
            fatigue.add("fatigue that has lasted for weeks");
        }
        if (!s.irritability() || !reading.poorSleep() || fatigue.isEmpty()) {
            return Optional.empty();
        }
        return Finding.calling(Decision.REST, "Irritability, " + reading.sleepDescription() + " and "
                        + Wording.list(fatigue) + " together are a warning sign that recovery is falling behind.")
                .naming(RedFlag.FATIGUE_IRRITABILITY_POOR_SLEEP, "Fatigue with irritability and " + reading.sleepDescription())
                .putFirst(Priority.SLEEP, Priority.LOW_STIMULATION, Priority.REDUCED_LOAD)
                .avoid("Pushing through with planned intensity")
                .thenAdvise("If this picture lasts more than a few days or keeps coming back, talk it through with your coach or a doctor.")
                .citing(MEEUSEN_2013, FULLAGAR_2015)
                .build();
    }
}
