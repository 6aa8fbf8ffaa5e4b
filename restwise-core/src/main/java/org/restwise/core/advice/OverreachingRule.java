package org.restwise.core.advice;

import static org.restwise.core.advice.AdviceThresholds.OVERREACHING_SIGNS;
import static org.restwise.core.advice.AdviceThresholds.OVERREACHING_WEEKS;
import static org.restwise.core.advice.Reference.BARNETT_2006;

import java.util.List;
import java.util.Optional;

/** Weeks of fatigue with mood, sleep or motivation going too: the adaptive system is overloaded. */
final class OverreachingRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        int weeks = reading.context().weeksOfPersistentFatigueOrZero();
        List<String> signs = reading.moodAndEnergySigns();
        if (weeks < OVERREACHING_WEEKS || signs.size() < OVERREACHING_SIGNS) {
            return Optional.empty();
        }
        return Finding.calling(Decision.REST, "You have felt worn down for " + weeks + " weeks, now with "
                        + Wording.list(signs) + ": the pattern of overreaching, where extra movement is one more stressor, not a remedy.")
                .naming(Scenario.OVERREACHING)
                .putFirst(Priority.SLEEP, Priority.FOOD, Priority.LOW_STIMULATION, Priority.REDUCED_LOAD)
                .avoid("Adding sessions, even easy ones, to a system that is already overloaded")
                .citing(BARNETT_2006)
                .build();
    }
}
