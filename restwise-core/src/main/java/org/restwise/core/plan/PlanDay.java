package org.restwise.core.plan;

import java.time.LocalDate;
import java.util.List;
import org.restwise.core.advice.IntRange;
import org.restwise.core.advice.Modality;
import org.restwise.core.advice.Priority;

/**
 * One day of a plan.
 *
 * @param day days after the race (day 0 is race day) or day of the week in a recovery week (1–7)
 * @param date the calendar date
 * @param phase the stage of the plan
 * @param focus what the day is for, in a sentence
 * @param modalities the movement allowed, best first (empty: none planned)
 * @param minutes how long, when movement is planned
 * @param priorities what comes first that day
 * @param gates what must be true before doing the day as written
 */
public record PlanDay(
        int day,
        LocalDate date,
        PlanPhase phase,
        String focus,
        List<Modality> modalities,
        IntRange minutes,
        List<Priority> priorities,
        List<String> gates) {

    public PlanDay {
        modalities = List.copyOf(modalities);
        priorities = List.copyOf(priorities);
        gates = List.copyOf(gates);
    }
}
