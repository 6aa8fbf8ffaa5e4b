package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.BARNETT_2006;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Fatigue with rising irritability and poor sleep: a warning sign of under-recovery. */
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
                .naming(RedFlag.FATIGUE_IRRITABILITY_POOR_SLEEP)
                .putFirst(Priority.SLEEP, Priority.LOW_STIMULATION, Priority.REDUCED_LOAD)
                .avoid("Pushing through with planned intensity")
                .citing(BARNETT_2006)
                .build();
    }
}
