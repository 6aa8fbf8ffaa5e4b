package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.DUBOIS_ESCULIER_2020;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.restwise.core.checkin.Signals;
import org.restwise.core.checkin.TenMinuteTest;

/**
 * Sharp or one-sided pain, swelling in one place, limping, or something sharp in the ten-minute
 * test: treat it as an injury. Cites Dubois and Esculier, whose first step for a soft-tissue injury
 * is to protect and unload it for the first days and let pain guide the return to loading.
 */
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
                .naming(RedFlag.SHARP_PAIN_SWELLING_LIMPING, label(reading))
                .putFirst(Priority.MEDICAL_ASSESSMENT, Priority.REDUCED_LOAD)
                .avoid("Calling it \"just soreness\" and running to see if it passes")
                .citing(DUBOIS_ESCULIER_2020)
                .build();
    }

    /** The red flag in the words of what was reported: "Swelling in one place", not all three signs. */
    private static String label(Reading reading) {
        Signals s = reading.signals();
        List<String> reported = new ArrayList<>();
        if (s.sharpPain()) {
            reported.add("sharp pain");
        }
        if (s.oneSidedPain()) {
            reported.add("pain on one side");
        }
        if (s.swelling()) {
            reported.add("swelling in one place");
        }
        if (s.alteredGait()) {
            reported.add("limping");
        }
        if (reading.tenMinuteTest() == TenMinuteTest.SHARP_OR_ODD) {
            reported.add("something sharp or odd when moving");
        }
        return Wording.capitalised(Wording.list(reported));
    }
}
