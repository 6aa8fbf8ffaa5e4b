package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.BARNETT_2006;

import java.util.Optional;

/**
 * Wanting to "earn" rest with extra activity is a warning sign, never a green light: it never gives
 * TRAIN, at most MOVE at the short end of the dose. Cites Barnett: there is no substantial evidence
 * that extra recovery activity speeds recovery between sessions, so there is nothing to earn.
 */
final class UrgeToEarnRecoveryRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        if (!reading.signals().urgeToEarnRecovery()) {
            return Optional.empty();
        }
        return Finding.calling(Decision.MOVE,
                        "You feel you have to earn your recovery with extra activity. That urge is a warning sign in itself: rest needs no earning, and today holds nothing extra.")
                .naming(RedFlag.URGE_TO_EARN_RECOVERY, "The urge to earn rest with extra activity")
                .avoid(Caution.Topic.RECOVERY_AS_WORKOUT, "Adding minutes or extra sessions to \"deserve\" a rest day")
                .citing(BARNETT_2006)
                .build();
    }
}
