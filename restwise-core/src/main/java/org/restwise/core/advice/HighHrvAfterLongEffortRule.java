package org.restwise.core.advice;

import static org.restwise.core.advice.AdviceThresholds.HIGH_HRV_NOT_READINESS_AFTER_LONG_RUN_HOURS;
import static org.restwise.core.advice.AdviceThresholds.HIGH_HRV_NOT_READINESS_AFTER_ULTRA_HOURS;
import static org.restwise.core.advice.Reference.LE_MEUR_2013;
import static org.restwise.core.advice.Reference.PLEWS_2013;

import java.util.Optional;
import org.restwise.core.activity.SessionType;
import org.restwise.core.body.normal.HrvTrend;

/**
 * An HRV above the runner's normal range shortly after an ultra or a long run is not read as
 * readiness: after very long or very heavy loading a high HRV can mean a saturated nervous system,
 * not a recovered one. The rule never allows more than the day already allows; it keeps such a day
 * off TRAIN, and in the days when the race damage calls for rest it says so in the same terms.
 * Cites Le Meur et al. 2013 (HRV rose in functionally overreached triathletes) and Plews et al. 2013
 * (HRV saturation in elite endurance athletes); the windows are ours.
 */
final class HighHrvAfterLongEffortRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        Optional<HrvTrend> high = reading.body().hrvAboveNormal();
        SessionType last = reading.lastSession();
        boolean afterUltra = last.isUltra() && reading.context().lastSessionWithin(HIGH_HRV_NOT_READINESS_AFTER_ULTRA_HOURS);
        boolean afterLongRun = last == SessionType.LONG_RUN
                && reading.context().lastSessionWithin(HIGH_HRV_NOT_READINESS_AFTER_LONG_RUN_HOURS);
        if (high.isEmpty() || (!afterUltra && !afterLongRun)) {
            return Optional.empty();
        }
        boolean raceDamageRests = reading.inUltraWalkingOnlyWindow() || reading.inHundredMileDamageWindow();
        String effort = afterUltra ? "an ultra less than a week behind you" : "a long run less than two days behind you";
        String keeps = raceDamageRests ? "the race still calls for rest" : "today stays easy";
        Finding.Builder finding = Finding.calling(raceDamageRests ? Decision.REST : Decision.MOVE,
                        "Your 7-day heart rate variability (HRV) is above your normal range (" + high.get().figures() + "), but with " + effort
                                + " that is not read as a sign you are ready. After very long efforts a high HRV can mean"
                                + " a saturated nervous system rather than a recovered one, so " + keeps + ".")
                .avoid("Reading a high HRV so soon after a long effort as permission to train")
                .citing(LE_MEUR_2013, PLEWS_2013);
        return raceDamageRests ? finding.allowingShortWalks().build() : finding.build();
    }
}
