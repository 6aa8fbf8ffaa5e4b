package org.restwise.core.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Range;
import org.restwise.core.checkin.Signals;

/**
 * Weeks of persistent fatigue, read from check-ins in seven-day windows counted back from the
 * check-in's day. A week counts when it has enough check-ins and fatigue signs on at least two
 * thirds of them: "tired all the time", not one bad day.
 */
final class FatigueWeeks {

    private FatigueWeeks() {
    }

    /** Easy effort feeling expensive or motivation running thin: the article's high resting fatigue. */
    static boolean fatigued(Signals signals) {
        return signals.easyEffortFeelsExpensive() || signals.lowMotivation();
    }

    /** Empty when the current week has too few check-ins to judge. */
    static Optional<Integer> count(CheckIn today, List<CheckIn> earlier, int checkInsToJudge) {
        int weeks = 0;
        while (weeks < Range.WEEKS.max()) {
            LocalDate last = today.date().minusDays(7L * weeks);
            LocalDate first = last.minusDays(6);
            List<Signals> week = earlier.stream()
                    .filter(c -> !c.date().isBefore(first) && !c.date().isAfter(last))
                    .map(CheckIn::signals)
                    .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
            if (weeks == 0) {
                week.add(today.signals());
            }
            if (week.size() < checkInsToJudge) {
                return weeks == 0 ? Optional.empty() : Optional.of(weeks);
            }
            long tired = week.stream().filter(FatigueWeeks::fatigued).count();
            if (tired * 3 < week.size() * 2L) {
                return Optional.of(weeks);
            }
            weeks++;
        }
        return Optional.of(weeks);
    }
}
