package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.DUPUY_2018;

import java.util.List;
import java.util.Optional;
import org.restwise.core.checkin.TenMinuteTest;

/**
 * Heavy, stiff, puffy or sore legs, or legs that loosened after ten easy minutes: a flow problem.
 * Cites Dupuy et al., whose meta-analysis finds a small-to-large reduction of soreness with active
 * recovery.
 */
final class StaleLegsRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        List<String> signs = reading.flowSigns();
        boolean loosened = reading.tenMinuteTest() == TenMinuteTest.LOOSENED;
        if (signs.isEmpty() && !loosened) {
            return Optional.empty();
        }
        return Finding.calling(Decision.MOVE, reason(signs, reading.systemicSigns(), loosened, reading.tenMinuteTest()))
                .avoid(Caution.Topic.MEDIUM_WORK, "Letting the easy session drift into medium work: if you cannot talk in full sentences, slow down")
                .avoid("Spending the whole day still just because the legs feel bad")
                .citing(DUPUY_2018)
                .build();
    }

    private static String reason(List<String> signs, List<String> systemic, boolean loosened, TenMinuteTest test) {
        String legs = signs.isEmpty() ? "" : Wording.capitalised(Wording.list(signs)) + ", with no sign of damage"
                + (systemic.isEmpty() ? " or of a tired system, "
                        : ", and with " + Wording.list(systemic) + " not enough on " + Wording.its(systemic) + " own to mean a tired system, ")
                + Wording.agree(signs, "points", "point") + " to stale legs that need flow.";
        if (loosened) {
            return (legs.isEmpty() ? "" : legs + " ")
                    + "Your legs loosened within ten easy minutes, which confirms a flow problem: easy movement helps more than stillness.";
        }
        String tested = test == TenMinuteTest.NO_CHANGE
                ? " Ten easy minutes changed nothing yet: keep it gentle and stop if it starts to cost more."
                : "";
        return legs + " Easy movement keeps the muscle pump and lymph moving, which eases heaviness and soreness faster than sitting still." + tested;
    }
}
