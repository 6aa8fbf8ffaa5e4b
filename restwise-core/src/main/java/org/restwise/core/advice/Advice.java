package org.restwise.core.advice;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The day's decision with everything the runner needs to act on it and to trust it.
 *
 * @param decision train, move, rest or reassess
 * @param state the limiter named from the signals
 * @param scenarios complete-rest scenarios that apply
 * @param redFlags warning signs seen
 * @param prescription the movement dose, empty when no movement is advised
 * @param priorities what comes first on a rest or reassess day, most important first
 * @param avoid what not to do today
 * @param reasons why, naming the signals that led here
 * @param evidence the published sources behind the rules that fired
 * @param followUp what to check next, and when
 * @param redFlagLabels each red flag in the words of what was reported, where narrower than its name
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
        String followUp,
        Map<RedFlag, String> redFlagLabels) {

    public Advice {
        scenarios = List.copyOf(scenarios);
        redFlags = List.copyOf(redFlags);
        priorities = List.copyOf(priorities);
        avoid = List.copyOf(avoid);
        reasons = List.copyOf(reasons);
        evidence = List.copyOf(evidence);
        // Decisions stored before labels existed read back with none: the flag's own words stand in.
        redFlagLabels = redFlagLabels == null || redFlagLabels.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(redFlagLabels));
        prescription = prescription == null ? Optional.empty() : prescription;
    }

    /** The same advice with other reasons and evidence, as an edge that adds what the journal inferred. */
    public Advice withReasons(List<String> otherReasons, List<Evidence> otherEvidence) {
        return new Advice(decision, state, scenarios, redFlags, prescription, priorities, avoid, otherReasons,
                otherEvidence, followUp, redFlagLabels);
    }

    /** A red flag in the words of what the runner reported. */
    public String redFlagLabel(RedFlag flag) {
        return redFlagLabels.getOrDefault(flag, flag.plainWords());
    }

    /**
     * Whether the ten-minute test can still change today's decision: only where movement is allowed
     * and the body has not already called for a stop or for complete rest.
     */
    public boolean offersTenMinuteTest() {
        return decision == Decision.MOVE || decision == Decision.TRAIN;
    }
}
