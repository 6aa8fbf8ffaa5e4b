package org.restwise.core.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.restwise.core.advice.Advice;
import org.restwise.core.advice.Decision;
import org.restwise.core.advice.RedFlag;

/**
 * The days after a race, phase by phase, as a coach would lay them out, and how today's check-in
 * bears on today's day of the plan.
 *
 * @param race what the race asked of the body
 * @param raceDate the day of the race (day 0)
 * @param days the plan, one entry per day from day 1
 * @param notes why the plan is as long as it is, and its caveats
 */
public record PostRacePlan(RaceEffort race, LocalDate raceDate, List<PlanDay> days, List<String> notes) {

    public PostRacePlan {
        days = List.copyOf(days);
        notes = List.copyOf(notes);
    }

    /** The plan's day for {@code date}, if the plan covers it. */
    public Optional<PlanDay> dayOn(LocalDate date) {
        long n = ChronoUnit.DAYS.between(raceDate, date);
        return days.stream().filter(d -> d.day() == n).findFirst();
    }

    public LocalDate firstRunDate() {
        return days.stream().filter(d -> d.phase() == PlanPhase.RETURN_TO_RUNNING)
                .map(PlanDay::date).findFirst().orElse(raceDate.plusDays(days.size() + 1L));
    }

    /**
     * Today's day of the plan read against today's decision: a plan never overrides the body.
     * When the check-in calls for rest or reassessment, or raises a red flag, the plan holds.
     */
    public PlanReading readAgainst(LocalDate today, Advice todaysAdvice) {
        return readAgainst(today, todaysAdvice.decision(), todaysAdvice.redFlags());
    }

    /** The same reading from a stored check-in's decision and red flags. */
    public PlanReading readAgainst(LocalDate today, Decision decision, List<RedFlag> redFlags) {
        Optional<PlanDay> day = dayOn(today);
        boolean hold = decision == Decision.REST || decision == Decision.REASSESS || !redFlags.isEmpty();
        String why = hold
                ? "Today's check-in says " + decision.name().toLowerCase(java.util.Locale.ROOT)
                        + (redFlags.isEmpty() ? "" : " and raises " + redFlags)
                        + ": follow the check-in, not the plan, and do not move on to the next phase until it clears."
                : "Today's check-in clears the day as planned.";
        return new PlanReading(day, hold, why);
    }

    /** A plan day with the verdict of today's check-in on it. */
    public record PlanReading(Optional<PlanDay> day, boolean onHold, String why) {
    }
}
