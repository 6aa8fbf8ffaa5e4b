package org.restwise.core.advice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.restwise.core.checkin.TenMinuteTest;

/**
 * Writes the "why" and the "what next" of a decision, in our own words, from what was decided: the
 * words never promise a walk the prescription does not hold, nor leave out a scenario that was seen.
 */
final class Explanation {

    private Explanation() {
    }

    /**
     * The findings whose reasons the runner reads: those that decided, and below them every one that
     * names a scenario or red flag or calls for rest, so an illness is not lost behind an injury.
     * Findings that would have allowed movement on a stricter day are summed up in one sentence instead.
     */
    static List<Finding> explained(Decision decision, List<Finding> findings) {
        return findings.stream().filter(f -> f.atLeast() == decision
                || (f.atLeast().compareTo(decision) < 0
                        && (f.atLeast().compareTo(Decision.REST) >= 0 || f.scenario().isPresent() || f.redFlag().isPresent())))
                .toList();
    }

    /** Rest called for only by the timing of the next maximal bout, not by the body. */
    static boolean onlyBetweenBouts(List<Finding> deciding) {
        return !deciding.isEmpty() && deciding.stream().allMatch(Finding::aboutTimingOnly);
    }

    static List<String> reasons(Decision decision, List<Finding> explained, Reading reading, Optional<Dose> dose) {
        List<String> reasons = new ArrayList<>();
        explained.stream().map(Finding::reason).forEach(reasons::add);
        List<Finding> deciding = explained.stream().filter(f -> f.atLeast() == decision).toList();
        List<String> flowSigns = reading.flowSigns();
        if (decision.compareTo(Decision.REST) >= 0 && !flowSigns.isEmpty()) {
            reasons.add(onlyBetweenBouts(deciding) && decision == Decision.REST
                    ? Wording.capitalised(Wording.list(flowSigns)) + " can have " + Wording.its(flowSigns)
                            + " easy movement after the session; between bouts, stillness comes first."
                    : Wording.capitalised(Wording.list(flowSigns)) + " would on " + Wording.its(flowSigns)
                            + " own call for easy movement, but " + Wording.agree(flowSigns, "it is", "they are")
                            + " not what limits recovery today.");
        }
        dose.ifPresent(d -> reasons.addAll(d.notes()));
        if (decision == Decision.REST && dose.isEmpty() && !onlyBetweenBouts(deciding)) {
            reasons.add("No recovery session is prescribed today, not even a walk for its own sake: everyday moving about is fine.");
        }
        boolean onlyTheWeek = explained.stream().allMatch(f -> f.reason().equals(RecoveryWeekRule.note(Decision.TRAIN)));
        if (decision == Decision.TRAIN && onlyTheWeek) {
            reasons.add(0, "Nothing in today's check-in limits recovery: no sign of damage, of a tired system or of stale legs.");
        }
        if (reading.inRecoveryWeek() && decision != Decision.TRAIN) {
            reasons.add(RecoveryWeekRule.note(decision));
        }
        return reasons;
    }

    static String followUp(Decision decision, List<Finding> explained, Reading reading, Optional<Dose> dose) {
        return switch (decision) {
            case REASSESS -> reassessFollowUp(explained, reading);
            case REST -> restFollowUp(explained, reading);
            case MOVE -> moveFollowUp(reading, dose.orElseThrow().prescription());
            case TRAIN -> reading.inRecoveryWeek()
                    ? "Keep the running easy and short, and check in again tomorrow morning, or sooner if something starts to hurt."
                    : "Train as planned and check in again tomorrow morning, or sooner if something starts to hurt.";
        };
    }

    private static String reassessFollowUp(List<Finding> explained, Reading reading) {
        StringBuilder text = new StringBuilder("Stop loading the painful area today. If pain, swelling or a limp is still"
                + " there in 48 hours, or gets worse at any point, see a sports physician or physiotherapist."
                + " Check in again tomorrow morning.");
        if (reading.signals().ill()) {
            text.append(" You are ill as well: rest completely until you have had a full day without symptoms.");
        }
        if (names(explained, Scenario.SEVERE_MUSCLE_DAMAGE)) {
            text.append(" The race damage needs its own rest too: sleep, food and fluids come first.");
        }
        return text.toString();
    }

    private static String restFollowUp(List<Finding> explained, Reading reading) {
        Set<String> parts = new LinkedHashSet<>();
        List<Finding> rest = explained.stream().filter(f -> f.atLeast() == Decision.REST).toList();
        boolean ill = reading.signals().ill();
        boolean betweenBouts = onlyBetweenBouts(rest);
        boolean afterRace = names(rest, Scenario.SEVERE_MUSCLE_DAMAGE);
        if (ill) {
            parts.add("While you are ill, check in again once you have had a full day without symptoms.");
        } else if (betweenBouts) {
            parts.add("Sit or lie down until the next bout, sip fluids, and check in again after the session.");
        } else if (afterRace) {
            parts.add("Check in every morning.");
        } else if (names(rest, Scenario.PRE_SLEEP_DOWNSHIFT)) {
            parts.add("Check in again in the morning.");
        } else {
            parts.add("Check in again tomorrow morning, after a night's sleep and proper meals.");
        }
        rest.forEach(f -> f.nextStep().ifPresent(parts::add));
        if (reading.inUltraWeek() && !afterRace) {
            parts.add("When movement comes back this week, keep it non-impact: running waits until the race is a week behind you.");
        }
        return String.join(" ", parts);
    }

    private static String moveFollowUp(Reading reading, Prescription prescription) {
        String running = reading.inUltraWeek() ? " Running waits until the race is a week behind you." : "";
        if (prescription.minutes().max() <= AdviceThresholds.SHORT_DOSE_MINUTES.max()) {
            String when = DosePlanner.isShortTurnaround(reading) ? "after your next effort" : "tomorrow morning";
            return "Keep to the few minutes prescribed, and stop at once if anything turns sharp or moves oddly."
                    + " Check in again " + when + "." + running;
        }
        if (reading.tenMinuteTest() == TenMinuteTest.NOT_DONE) {
            return "Start with ten very easy minutes and notice how the body answers: if it opens up, carry on to the dose;"
                    + " if everything stays costly, switch to rest; if anything turns sharp, odd or sorer, stop."
                    + " Then check in again with the result." + running;
        }
        return "Stop while it still feels good. Check in again tomorrow morning; if two days of easy movement leave"
                + " the legs no freer, rest instead." + running;
    }

    private static boolean names(List<Finding> findings, Scenario scenario) {
        return findings.stream().anyMatch(f -> f.scenario().equals(Optional.of(scenario)));
    }

}
