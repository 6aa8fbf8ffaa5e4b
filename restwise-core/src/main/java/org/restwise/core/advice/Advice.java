package org.restwise.core.advice;

import java.util.List;
import java.util.Optional;

/**
 * The day's decision with everything the runner needs to act on it and to trust it.
 *
 * @param decision train, move, rest or reassess
 * @param state the limiter named from the signals
 * @param scenarios complete-rest scenarios that apply
 * @param redFlags warning signs seen
 * @param prescription the movement dose, empty when no movement is advised
 * @param priorities what comes first on a rest or reassess day
 * @param avoid what not to do today
 * @param reasons why, naming the signals that led here
 * @param evidence the published sources behind the rules that fired
 * @param followUp what to check next, and when
 */
public record Advice(
        Decision decision,
        LimiterState state,
        List<Scenario> scenarios,
        List<RedFlag> redFlags,
        Optional<Prescription> prescription,
        List<Priority> priorities,
        List<String> avoid,
        List<String> reasons,
        List<Evidence> evidence,
        String followUp) {

    public Advice {
        scenarios = List.copyOf(scenarios);
        redFlags = List.copyOf(redFlags);
        priorities = List.copyOf(priorities);
        avoid = List.copyOf(avoid);
        reasons = List.copyOf(reasons);
        evidence = List.copyOf(evidence);
    }
}
