package org.restwise.core.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.restwise.core.advice.Decision;
import org.restwise.core.advice.LimiterState;
import org.restwise.core.advice.RedFlag;

/**
 * What a coach needs of one athlete's stored check-in to see their morning at a glance.
 *
 * @param soreness 0 to 10, as reported
 * @param sleepHours last night's sleep, if given
 */
public record DayAtAGlance(LocalDate date, Decision decision, LimiterState state, List<RedFlag> redFlags,
        int soreness, Optional<Double> sleepHours) {

    public DayAtAGlance {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(state, "state");
        redFlags = List.copyOf(redFlags);
        Objects.requireNonNull(sleepHours, "sleepHours");
    }
}
