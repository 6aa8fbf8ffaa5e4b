package org.restwise.core.advice;

import static org.restwise.core.advice.AdviceThresholds.OVERREACHING_WEEKS_ALONE;
import static org.restwise.core.advice.AdviceThresholds.OVERREACHING_WEEKS_WITH_A_SIGN;
import static org.restwise.core.advice.Reference.MEEUSEN_2013;

import java.util.List;
import java.util.Optional;

/**
 * Weeks of persistent fatigue: three on their own, or two with a sign that the whole system is
 * strained (mood, irritability, sleep, motivation, effort). Deep under-recovery is where complete
 * rest leads. Cites the ECSS/ACSM consensus on overreaching, which names long-lasting fatigue with
 * mood and sleep disturbance as its signs and rest as its treatment.
 */
final class OverreachingRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        int weeks = reading.context().weeksOfPersistentFatigueOrZero();
        List<String> signs = reading.moodAndEnergySigns();
        boolean longEnoughAlone = weeks >= OVERREACHING_WEEKS_ALONE;
        boolean withASign = weeks >= OVERREACHING_WEEKS_WITH_A_SIGN && !signs.isEmpty();
        if (!longEnoughAlone && !withASign) {
            return Optional.empty();
        }
        String with = signs.isEmpty() ? "" : ", now with " + Wording.list(signs);
        return Finding.calling(Decision.REST, "You have felt worn down for " + weeks + " weeks" + with
                        + ": the pattern of overreaching, where extra movement is one more stressor, not a remedy.")
                .naming(Scenario.OVERREACHING)
                .putFirst(Priority.SLEEP, Priority.REDUCED_LOAD, Priority.FOOD, Priority.LOW_STIMULATION)
                .avoid(Caution.Topic.RECOVERY_AS_WORKOUT, "Adding sessions, even easy ones, to a system that is already overloaded")
                .thenAdvise("Cut training well back for the coming days; if the fatigue does not lift within a week of easy days,"
                        + " talk to your coach or a doctor.")
                .citing(MEEUSEN_2013)
                .build();
    }
}
