package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.VAN_HOOREN_PEAKE_2018;

import java.util.Optional;

/** Wanting to "earn" rest with extra activity: the dose stays at its short end. */
final class UrgeToEarnRecoveryRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        if (!reading.signals().urgeToEarnRecovery()) {
            return Optional.empty();
        }
        return Finding.calling(Decision.TRAIN,
                        "You feel you have to earn your recovery with extra activity. Rest needs no earning; any movement today stays at the short end of the dose.")
                .naming(RedFlag.URGE_TO_EARN_RECOVERY)
                .avoid("Adding minutes or extra sessions to \"deserve\" a rest day")
                .citing(VAN_HOOREN_PEAKE_2018)
                .build();
    }
}
