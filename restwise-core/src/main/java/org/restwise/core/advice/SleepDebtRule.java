package org.restwise.core.advice;

import static org.restwise.core.advice.AdviceThresholds.SEVERE_SLEEP_LOSS_HOURS;
import static org.restwise.core.advice.AdviceThresholds.SHORT_NIGHTS_FOR_POOR_SLEEP;
import static org.restwise.core.advice.AdviceThresholds.SLEEP_DEBT_HOURS;
import static org.restwise.core.advice.Reference.FULLAGAR_2015;

import java.util.List;
import java.util.Optional;

/**
 * Sleep debt: two or more short nights, under 4 h last night on its own, or under 5 h with a tired
 * system. Nothing replaces sleep. Cites Fullagar et al., whose review finds that sleep loss impairs
 * performance and unsettles autonomic balance much as overtraining does.
 */
final class SleepDebtRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        var s = reading.signals();
        boolean shortNights = s.shortSleepNights() >= SHORT_NIGHTS_FOR_POOR_SLEEP;
        boolean severeLoss = s.sleepHours().map(h -> h < SEVERE_SLEEP_LOSS_HOURS).orElse(false);
        boolean veryShortNight = s.sleepHours().map(h -> h < SLEEP_DEBT_HOURS).orElse(false);
        List<String> tiredSystem = reading.systemicSigns().stream()
                .filter(sign -> !sign.equals(reading.sleepDescription()))
                .toList();
        boolean shortWithTiredSystem = veryShortNight && !tiredSystem.isEmpty();
        if (!shortNights && !severeLoss && !shortWithTiredSystem) {
            return Optional.empty();
        }
        return Finding.calling(Decision.REST, "You are running a sleep debt (" + what(reading, shortNights, severeLoss, tiredSystem)
                        + "). Nothing replaces sleep, and a token recovery session takes time and calm away from it.")
                .naming(Scenario.SLEEP_DEBT)
                .putFirst(Priority.SLEEP, Priority.FOOD, Priority.LOW_STIMULATION)
                .avoid("Trading sleep for an early recovery session")
                .thenAdvise("Give sleep the first claim on tonight: an early night does more than any recovery session.")
                .citing(FULLAGAR_2015)
                .allowingShortWalks()
                .build();
    }

    private static String what(Reading reading, boolean shortNights, boolean severeLoss, List<String> tiredSystem) {
        var s = reading.signals();
        if (shortNights) {
            return s.shortSleepNights() + " short nights";
        }
        String night = "only " + Reading.hours(s.sleepHours().orElseThrow()) + " h of sleep last night";
        return severeLoss || tiredSystem.isEmpty() ? night : night + " with " + Wording.list(tiredSystem);
    }
}
