package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.DUBOIS_ESCULIER_2020;

import java.util.List;
import java.util.Optional;

/**
 * Symptoms that sharpen instead of settling, whether over the days or within ten easy minutes, are
 * a damage sign on their own. Cites Dubois and Esculier: pain that rises with load is the signal
 * to protect the tissue rather than load it.
 */
final class WorseningSymptomsRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        List<String> signs = reading.sharpeningSigns();
        if (signs.isEmpty()) {
            return Optional.empty();
        }
        return Finding.calling(Decision.REASSESS, "You report " + Wording.list(signs)
                        + ": recovering muscles settle with gentle movement and day by day, so symptoms that sharpen need a closer look before any more loading.")
                .putFirst(Priority.MEDICAL_ASSESSMENT, Priority.REDUCED_LOAD)
                .avoid("Training through symptoms that are getting worse")
                .citing(DUBOIS_ESCULIER_2020)
                .build();
    }
}
