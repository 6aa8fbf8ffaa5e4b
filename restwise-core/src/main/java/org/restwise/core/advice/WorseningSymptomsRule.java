package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.DUPUY_2018;

import java.util.Optional;

/** Symptoms that sharpen instead of settling are a damage sign on their own. */
final class WorseningSymptomsRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        if (!reading.signals().symptomsWorsening()) {
            return Optional.empty();
        }
        return Finding.calling(Decision.REASSESS,
                        "Your symptoms are getting worse rather than settling; recovering tissue calms down day by day, so this needs a closer look.")
                .putFirst(Priority.MEDICAL_ASSESSMENT, Priority.REDUCED_LOAD)
                .avoid("Training through symptoms that are getting worse")
                .citing(DUPUY_2018)
                .build();
    }
}
