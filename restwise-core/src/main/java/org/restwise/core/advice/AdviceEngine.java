package org.restwise.core.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.TenMinuteTest;

/**
 * Decides move, rest or reassess from a check-in. Every rule reports what it saw and the decision
 * it calls for at least; the strictest wins (damage over systemic over flow), and the advice
 * carries the reasons, priorities, warnings and sources of the rules that decided it.
 *
 * <p>Pure and deterministic: the same check-in always gives the same advice.
 */
public final class AdviceEngine {

    private static final List<Rule> RULES = List.of(
            new InjuryRule(),
            new WorseningSymptomsRule(),
            new IllnessRule(),
            new SevereMuscleDamageRule(),
            new OverreachingRule(),
            new LowFuelRule(),
            new SleepDebtRule(),
            new PreSleepDownshiftRule(),
            new ShockMicrocycleRule(),
            new DomsBeyondNormalRule(),
            new RecoveryLeavesYouFlatterRule(),
            new FatigueIrritabilityPoorSleepRule(),
            new StayedExpensiveRule(),
            new RepeatedBoutsRule(),
            new UrgeToEarnRecoveryRule(),
            new UltraWeekRule(),
            new StaleLegsRule());

    /** Consulted only when no named reason to rest was found: the general picture of a tired system. */
    private static final Rule FALLBACK_REST_RULE = new TiredSystemRule();

    private final DosePlanner dosePlanner = new DosePlanner();

    public Advice advise(CheckIn checkIn) {
        Reading reading = new Reading(checkIn);
        List<Finding> findings = findings(reading);
        Decision decision = findings.stream().map(Finding::atLeast)
                .max(Comparator.naturalOrder()).orElse(Decision.TRAIN);
        List<Finding> deciding = findings.stream().filter(f -> f.atLeast() == decision).toList();
        return new Advice(
                decision,
                state(decision, deciding, reading),
                named(findings, Finding::scenario, Scenario.class),
                named(findings, Finding::redFlag, RedFlag.class),
                prescription(decision, deciding, reading),
                priorities(decision, deciding),
                avoid(decision, deciding, reading),
                Explanation.reasons(decision, findings, reading),
                evidence(decision, deciding),
                Explanation.followUp(decision, reading));
    }

    private static List<Finding> findings(Reading reading) {
        List<Finding> findings = new ArrayList<>();
        RULES.forEach(rule -> rule.apply(reading).ifPresent(findings::add));
        boolean namedRest = findings.stream().anyMatch(f -> f.atLeast().compareTo(Decision.REST) >= 0);
        if (!namedRest) {
            FALLBACK_REST_RULE.apply(reading).ifPresent(findings::add);
        }
        return findings;
    }

    private static LimiterState state(Decision decision, List<Finding> deciding, Reading reading) {
        boolean legsNeedFlow = !reading.flowSigns().isEmpty()
                || reading.tenMinuteTest() == TenMinuteTest.LOOSENED;
        return switch (decision) {
            case REASSESS -> LimiterState.TISSUE_DAMAGE;
            case REST -> onlyBetweenBouts(deciding)
                    ? (legsNeedFlow ? LimiterState.STALE_LEGS : LimiterState.NO_LIMITER)
                    : LimiterState.SYSTEMIC_FATIGUE;
            case MOVE -> legsNeedFlow ? LimiterState.STALE_LEGS : LimiterState.NO_LIMITER;
            case TRAIN -> LimiterState.NO_LIMITER;
        };
    }

    /** Rest called for only by the timing of the next maximal bout, not by the body. */
    private static boolean onlyBetweenBouts(List<Finding> deciding) {
        return deciding.stream().allMatch(Finding::aboutTimingOnly);
    }

    private Optional<Prescription> prescription(Decision decision, List<Finding> deciding, Reading reading) {
        return switch (decision) {
            case MOVE -> Optional.of(dosePlanner.movement(reading));
            case REST -> walksAllowedAfterUltra(deciding) ? Optional.of(dosePlanner.shortWalks(reading)) : Optional.empty();
            case TRAIN, REASSESS -> Optional.empty();
        };
    }

    /** Short walks belong to the days after an ultra, when nothing else calls for complete stillness. */
    private static boolean walksAllowedAfterUltra(List<Finding> deciding) {
        boolean afterUltra = deciding.stream().anyMatch(f -> f.scenario().equals(Optional.of(Scenario.SEVERE_MUSCLE_DAMAGE)));
        return afterUltra && deciding.stream().allMatch(Finding::allowsWalks);
    }

    private static List<Priority> priorities(Decision decision, List<Finding> deciding) {
        if (decision == Decision.REASSESS) {
            return List.of(Priority.MEDICAL_ASSESSMENT, Priority.REDUCED_LOAD);
        }
        if (decision != Decision.REST) {
            return List.of();
        }
        Set<Priority> union = EnumSet.noneOf(Priority.class);
        deciding.forEach(f -> union.addAll(f.priorities()));
        return List.copyOf(union);
    }

    private static List<String> avoid(Decision decision, List<Finding> deciding, Reading reading) {
        Set<String> avoid = new LinkedHashSet<>();
        deciding.forEach(f -> avoid.addAll(f.avoid()));
        if (decision == Decision.MOVE) {
            avoid.add("Going past " + AdviceThresholds.MAX_DOSE_MINUTES + " minutes: a longer session starts draining fuel and adding fatigue");
            if (reading.easyJoggingExcluded()) {
                avoid.add("Easy jogging while the muscles repair from downhill and eccentric work: walk, spin or swim instead");
            }
        }
        if (decision == Decision.TRAIN) {
            avoid.add("Adding unplanned volume because today feels good");
        }
        if (decision == Decision.REST) {
            avoid.add("Turning the rest day into a \"recovery workout\" to feel productive");
        }
        return List.copyOf(avoid);
    }

    private static List<Evidence> evidence(Decision decision, List<Finding> deciding) {
        Set<Reference> sources = new LinkedHashSet<>();
        deciding.forEach(f -> sources.addAll(f.evidence()));
        if (sources.isEmpty()) {
            sources.add(decision == Decision.TRAIN ? Reference.BARNETT_2006 : Reference.DUPUY_2018);
        }
        return sources.stream().map(Reference::evidence).toList();
    }

    private static <T extends Enum<T>> List<T> named(
            List<Finding> findings, Function<Finding, Optional<T>> name, Class<T> type) {
        Set<T> names = EnumSet.noneOf(type);
        findings.forEach(f -> name.apply(f).ifPresent(names::add));
        return List.copyOf(names);
    }
}
