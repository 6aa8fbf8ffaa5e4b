package org.restwise.core.advice;

import static org.restwise.core.advice.AdviceThresholds.DOMS_BEYOND_NORMAL_FACTOR;
import static org.restwise.core.advice.Reference.DUPUY_2018;

import java.util.Optional;

/**
 * Soreness lasting at least twice as long as it usually does for this runner: beyond ordinary
 * soreness, so easy movement is not the answer. Cites Dupuy et al., whose meta-analysis shows what
 * recovery techniques do for ordinary soreness, the time course this finding falls outside of.
 */
final class DomsBeyondNormalRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        int days = reading.context().domsDaysOrZero();
        int usual = Math.max(1, reading.usualDomsDays());
        if (days == 0 || days < DOMS_BEYOND_NORMAL_FACTOR * usual) {
            return Optional.empty();
        }
        String usualSource = reading.athlete().usualDomsDays().isPresent()
                ? "your usual " + usual
                : "the " + usual + " we assume when your usual is not known";
        return Finding.calling(Decision.REST, "Your soreness has lasted " + days + " days, at least twice " + usualSource
                        + ": that is beyond ordinary soreness, so easy movement is not the answer today.")
                .naming(RedFlag.DOMS_BEYOND_NORMAL, "Soreness lasting " + days + " days, far past your usual")
                .putFirst(Priority.SLEEP, Priority.REDUCED_LOAD, Priority.MEDICAL_ASSESSMENT)
                .avoid("Massaging or stretching hard into soreness that will not fade")
                .thenAdvise("If the soreness has not eased in a few more days, have it looked at by a physiotherapist or sports physician.")
                .citing(DUPUY_2018)
                .build();
    }
}
