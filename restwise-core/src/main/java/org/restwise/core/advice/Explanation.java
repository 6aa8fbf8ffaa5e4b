package org.restwise.core.advice;

import java.util.ArrayList;
import java.util.List;
import org.restwise.core.checkin.TenMinuteTest;

/** Writes the "why" and the "what next" of a decision, in our own words. */
final class Explanation {

    private Explanation() {
    }

    static List<String> reasons(Decision decision, List<Finding> findings, Reading reading) {
        List<String> reasons = new ArrayList<>();
        findings.stream().filter(f -> f.atLeast() == decision).map(Finding::reason).forEach(reasons::add);
        findings.stream()
                .filter(f -> f.atLeast().compareTo(decision) < 0 && f.redFlag().isPresent())
                .map(Finding::reason)
                .forEach(reasons::add);
        List<String> flowSigns = reading.flowSigns();
        if (decision.compareTo(Decision.REST) >= 0 && !flowSigns.isEmpty()) {
            reasons.add(Wording.capitalised(Wording.list(flowSigns))
                    + " would on their own call for easy movement, but they are not what limits recovery today.");
        }
        if (reasons.isEmpty()) {
            reasons.add("Nothing in today's check-in limits recovery: no sign of damage, of a tired system or of stale legs.");
        }
        return reasons;
    }

    static String followUp(Decision decision, Reading reading) {
        return switch (decision) {
            case REASSESS -> "Stop loading the painful area today. If pain, swelling or a limp is still there in 48 hours, "
                    + "or gets worse at any point, see a sports physician or physiotherapist. Check in again tomorrow morning.";
            case REST -> restFollowUp(reading);
            case MOVE -> reading.tenMinuteTest() == TenMinuteTest.NOT_DONE
                    ? "Start with ten very easy minutes and notice how the body answers: if it opens up, carry on to the dose; "
                            + "if everything stays costly, switch to rest; if anything is sharp or moves oddly, stop. "
                            + "Then check in again with the result."
                    : "Stop while it still feels good. Check in again tomorrow morning; if two days of easy movement leave "
                            + "the legs no freer, rest instead.";
            case TRAIN -> "Train as planned and check in again tomorrow morning, or sooner if something starts to hurt.";
        };
    }

    private static String restFollowUp(Reading reading) {
        if (reading.inUltraWeek()) {
            return "Check in every morning. Once the first 72 hours are behind you and the body no longer feels wrecked "
                    + "all over, non-impact cross-training (cycling, swimming) can come back; running waits until the week "
                    + "is out, soreness has settled and no red flag remains.";
        }
        if (reading.signals().ill()) {
            return "Check in again once you have had a full day without symptoms; return to training gradually.";
        }
        if (reading.context().nextHardEffortInHours().map(h -> h < AdviceThresholds.PASSIVE_REST_BETWEEN_BOUTS_HOURS).orElse(false)) {
            return "Sit or lie down until the next bout, sip fluids, and check in again after the session.";
        }
        return "Check in again tomorrow morning, after a night's sleep and proper meals. If this picture lasts more than a "
                + "few days or keeps coming back, talk it through with your coach or a doctor.";
    }
}
