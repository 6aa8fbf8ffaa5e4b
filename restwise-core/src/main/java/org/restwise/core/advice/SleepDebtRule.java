package org.restwise.core.advice;

import static org.restwise.core.advice.AdviceThresholds.SHORT_NIGHTS_FOR_POOR_SLEEP;
import static org.restwise.core.advice.AdviceThresholds.SLEEP_DEBT_HOURS;
import static org.restwise.core.advice.Reference.BARNETT_2006;

import java.util.List;
import java.util.Optional;

/** Two or more short nights, or a very short one with a tired system: sleep comes first. */
final class SleepDebtRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        var s = reading.signals();
        boolean shortNights = s.shortSleepNights() >= SHORT_NIGHTS_FOR_POOR_SLEEP;
        boolean veryShortNight = s.sleepHours().map(h -> h < SLEEP_DEBT_HOURS).orElse(false);
        List<String> tiredSystem = reading.systemicSigns().stream()
                .filter(sign -> !sign.equals(reading.sleepDescription()))
                .toList();
        if (!shortNights && !(veryShortNight && !tiredSystem.isEmpty())) {
            return Optional.empty();
        }
        String what = shortNights
                ? s.shortSleepNights() + " short nights"
                : "only " + Reading.hours(s.sleepHours().orElseThrow()) + " h of sleep with " + Wording.list(tiredSystem);
        return Finding.calling(Decision.REST, "You are running a sleep debt (" + what
                        + "). Nothing replaces sleep, and a token recovery session takes time and arousal away from it.")
                .naming(Scenario.SLEEP_DEBT)
                .putFirst(Priority.SLEEP, Priority.FOOD, Priority.LOW_STIMULATION)
                .avoid("Trading sleep for an early recovery session")
                .citing(BARNETT_2006)
                .allowingShortWalks()
                .build();
    }
}
