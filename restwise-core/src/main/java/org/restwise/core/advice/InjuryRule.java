package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.DUPUY_2018;

import java.util.List;
import java.util.Optional;

/** Sharp, local or one-sided pain, painful swelling or limping: treat it as an injury. */
final class InjuryRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        List<String> signs = reading.injurySigns();
        if (signs.isEmpty()) {
            return Optional.empty();
        }
        return Finding.calling(Decision.REASSESS, "You report " + Wording.list(signs)
                        + ": that is how an injury announces itself, not ordinary soreness, so movement is off the table until it is checked.")
                .naming(Scenario.ACUTE_INJURY)
                .naming(RedFlag.SHARP_PAIN_SWELLING_LIMPING)
                .putFirst(Priority.MEDICAL_ASSESSMENT, Priority.REDUCED_LOAD)
                .avoid("Calling it \"just soreness\" and running to see if it passes")
                .citing(DUPUY_2018)
                .build();
    }
}
