package org.restwise.core.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.restwise.core.body.normal.BodyReadout;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.TenMinuteTest;

/**
 * Decides move, rest or reassess from a check-in. Every rule reports what it saw and the decision
 * it calls for at least; the strictest wins (damage over systemic over flow), and the advice
 * carries the reasons, priorities, warnings and sources of the rules that decided it.
 *
 * <p>A check-in may carry the day's body readout (HRV, resting heart rate, sleep, jump test against
 * the runner's own normal). Its rules only ever make the advice more careful, by construction: the
 * check-in's own findings are made first, exactly as without a readout, and the body's findings are
 * added to them; the decision is the strictest of all, so an added finding can raise it but never
 * lower it, and the body rules only report signs of strain, never of readiness. A body sign never
 * calls for REASSESS either: damage is for the runner's own report to say.
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
            new StaleLegsRule(),
            new RecoveryWeekRule());

    /** What the body readout adds: signs of strain only, each calling for at least MOVE. */
    private static final List<Rule> BODY_RULES = List.of(
            new SuppressedHrvRule(),
            new RestingHeartRateRule(),
            new ShortSleepForYouRule(),
            new LegsLostSpringRule(),
            new HighHrvAfterLongEffortRule());

    /** Consulted only when no named reason to rest was found: the general picture of a tired system. */
    private static final Rule FALLBACK_REST_RULE = new TiredSystemRule();

    /**
     * Whose priorities lead when several scenarios decide a rest day: the most specific need first
     * (food for low fuel, sleep for sleep debt), then the broader pictures.
     */
    private static final List<Scenario> PRIORITY_ORDER = List.of(Scenario.LOW_FUEL, Scenario.SLEEP_DEBT,
            Scenario.PRE_SLEEP_DOWNSHIFT, Scenario.OVERREACHING, Scenario.SEVERE_MUSCLE_DAMAGE,
            Scenario.SHOCK_MICROCYCLE, Scenario.ACUTE_INJURY);

    private final DosePlanner dosePlanner = new DosePlanner();

    /** The advice for a check-in and the day's body readout, as {@code advise(checkIn.withBody(body))}. */
    public Advice advise(CheckIn checkIn, BodyReadout body) {
        return advise(checkIn.withBody(body));
    }

    public Advice advise(CheckIn checkIn) {
        Reading reading = new Reading(checkIn);
        List<Finding> findings = findings(reading);
        Decision decision = findings.stream().map(Finding::atLeast)
                .max(Comparator.naturalOrder()).orElse(Decision.TRAIN);
        List<Finding> deciding = findings.stream().filter(f -> f.atLeast() == decision).toList();
        List<Finding> explained = Explanation.explained(decision, findings);
        Optional<Dose> dose = dose(decision, deciding, reading);
        return new Advice(
                decision,
                state(decision, deciding, reading),
                named(findings, Finding::scenario, Scenario.class),
                named(findings, Finding::redFlag, RedFlag.class),
                dose.map(Dose::prescription),
                priorities(decision, deciding),
                avoid(decision, deciding, reading, dose),
                Explanation.reasons(decision, explained, reading, dose),
                evidence(decision, explained, dose),
                Explanation.followUp(decision, explained, reading, dose),
                redFlagLabels(findings));
    }

    /** The check-in's findings, made as if there were no readout, then the body's added to them. */
    static List<Finding> findings(Reading reading) {
        List<Finding> findings = new ArrayList<>();
        RULES.forEach(rule -> rule.apply(reading).ifPresent(findings::add));
        boolean namedRest = findings.stream().anyMatch(f -> f.atLeast().compareTo(Decision.REST) >= 0);
        if (!namedRest) {
            FALLBACK_REST_RULE.apply(reading).ifPresent(findings::add);
        }
        BODY_RULES.forEach(rule -> rule.apply(reading).ifPresent(findings::add));
        return findings;
    }

    private static LimiterState state(Decision decision, List<Finding> deciding, Reading reading) {
        boolean legsNeedFlow = !reading.flowSigns().isEmpty()
                || reading.tenMinuteTest() == TenMinuteTest.LOOSENED;
        return switch (decision) {
            case REASSESS -> LimiterState.TISSUE_DAMAGE;
            case REST -> Explanation.onlyBetweenBouts(deciding)
                    ? (legsNeedFlow ? LimiterState.STALE_LEGS : LimiterState.NO_LIMITER)
                    : LimiterState.SYSTEMIC_FATIGUE;
            case MOVE -> legsNeedFlow ? LimiterState.STALE_LEGS : LimiterState.NO_LIMITER;
            case TRAIN -> LimiterState.NO_LIMITER;
        };
    }

    private Optional<Dose> dose(Decision decision, List<Finding> deciding, Reading reading) {
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
        Set<Priority> ordered = new LinkedHashSet<>();
        deciding.stream().sorted(Comparator.comparingInt(AdviceEngine::priorityRank))
                .forEach(f -> ordered.addAll(f.priorities()));
        return List.copyOf(ordered);
    }

    /** Scenario findings in {@link #PRIORITY_ORDER}, then the others in rule order (a stable sort keeps it). */
    private static int priorityRank(Finding finding) {
        return finding.scenario().map(PRIORITY_ORDER::indexOf).orElse(PRIORITY_ORDER.size());
    }

    private static List<String> avoid(Decision decision, List<Finding> deciding, Reading reading, Optional<Dose> dose) {
        List<Caution> cautions = new ArrayList<>();
        deciding.forEach(f -> cautions.addAll(f.avoid()));
        if (decision == Decision.MOVE) {
            int longest = dose.map(d -> d.prescription().minutes().max()).orElse(AdviceThresholds.MAX_DOSE_MINUTES);
            cautions.add(Caution.about(Caution.Topic.LONG_SESSION, "Going past " + longest
                    + " minutes: a longer session starts draining fuel and adding fatigue"));
            if (reading.recentEccentricDamage()) {
                cautions.add(Caution.about(Caution.Topic.EASY_JOGGING,
                        "Easy jogging while the muscles repair from downhill and eccentric work: walk, spin or swim instead"));
            } else if (reading.majorSoreness()) {
                cautions.add(Caution.about(Caution.Topic.EASY_JOGGING,
                        "Easy jogging on legs this sore: its impact adds to the damage, so walk, spin or swim instead"));
            }
        }
        if (decision == Decision.TRAIN) {
            cautions.add(Caution.about(Caution.Topic.LONG_SESSION, "Adding unplanned volume because today feels good"));
        }
        if (decision == Decision.REST && !Explanation.onlyBetweenBouts(deciding)) {
            cautions.add(Caution.about(Caution.Topic.RECOVERY_AS_WORKOUT,
                    "Turning today into a \"recovery workout\": rest is the work today"));
        }
        Map<Object, String> once = new LinkedHashMap<>();
        cautions.forEach(c -> once.putIfAbsent(c.key(), c.text()));
        return List.copyOf(once.values());
    }

    private static List<Evidence> evidence(Decision decision, List<Finding> explained, Optional<Dose> dose) {
        Set<Reference> sources = new LinkedHashSet<>();
        explained.forEach(f -> sources.addAll(f.evidence()));
        dose.ifPresent(d -> sources.addAll(d.evidence()));
        if (sources.isEmpty()) {
            // Nothing limits recovery: rest alone restores the body between sessions, no modality needed.
            sources.add(decision == Decision.TRAIN ? Reference.BARNETT_2006 : Reference.DUPUY_2018);
        }
        return sources.stream().map(Reference::evidence).toList();
    }

    private static Map<RedFlag, String> redFlagLabels(List<Finding> findings) {
        Map<RedFlag, String> labels = new EnumMap<>(RedFlag.class);
        findings.forEach(f -> f.redFlag().ifPresent(flag -> f.redFlagLabel().ifPresent(label -> labels.putIfAbsent(flag, label))));
        return labels;
    }

    private static <T extends Enum<T>> List<T> named(
            List<Finding> findings, Function<Finding, Optional<T>> name, Class<T> type) {
        Set<T> names = EnumSet.noneOf(type);
        findings.forEach(f -> name.apply(f).ifPresent(names::add));
        return List.copyOf(names);
    }
}
