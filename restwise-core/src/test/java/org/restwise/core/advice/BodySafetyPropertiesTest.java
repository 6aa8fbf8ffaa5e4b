package org.restwise.core.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restwise.core.advice.GeneratedCheckIns.HOURS_SINCE;
import static org.restwise.core.advice.GeneratedCheckIns.forEach;
import static org.restwise.core.advice.GeneratedCheckIns.pick;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.restwise.core.activity.SessionType;
import org.restwise.core.body.normal.BodyReadout;
import org.restwise.core.body.normal.HrvStatus;
import org.restwise.core.body.normal.HrvTrend;
import org.restwise.core.body.normal.JumpStatus;
import org.restwise.core.body.normal.RestingHeartRateStatus;
import org.restwise.core.body.normal.SleepStatus;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;
import org.restwise.core.checkin.TenMinuteTest;

/**
 * The body readout only ever makes the advice more careful, over thousands of generated days (the
 * check-ins of {@link GeneratedCheckIns}, each with a readout of {@link GeneratedBodies}, one seed,
 * printed). The oracles read the readout's raw verdicts, never the engine's rules, and each property
 * counts the cases that reached what it is about, so neither a rule dropped from the engine nor a
 * generator that stops reaching it can pass unnoticed.
 */
class BodySafetyPropertiesTest {

    private static final int CASES = 5_000;
    private static final Map<String, AtomicInteger> REACHED = new TreeMap<>();

    private final AdviceEngine engine = new AdviceEngine();

    @AfterAll
    static void printReach() {
        System.out.println("Body rules reached: " + REACHED);
    }

    private static int reached(String what) {
        synchronized (REACHED) {
            return REACHED.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private static int count(String what) {
        synchronized (REACHED) {
            return REACHED.getOrDefault(what, new AtomicInteger()).get();
        }
    }

    private static CheckIn withABody(Random r, CheckIn c) {
        return c.withBody(GeneratedBodies.random(r, c.date()));
    }

    @Test
    void withAnyBodyReadoutTheDecisionIsAtLeastAsStrictAsWithout() {
        forEach(CASES, BodySafetyPropertiesTest::withABody, checkIn -> {
            Advice without = engine.advise(checkIn.withoutBody());
            Advice with = engine.advise(checkIn);

            assertThat(with.decision()).isGreaterThanOrEqualTo(without.decision());
            if (without.decision() == Decision.REASSESS) {
                assertThat(with.decision()).isEqualTo(Decision.REASSESS);
                reached("REASSESS kept");
            }
            assertThat(with.redFlags()).containsAll(without.redFlags());
            assertThat(with.scenarios()).containsAll(without.scenarios());
            if (with.decision() == without.decision()) {
                with.prescription().ifPresent(p -> {
                    Prescription before = without.prescription().orElseThrow();
                    assertThat(before.modalities()).containsAll(p.modalities());
                    assertThat(p.minutes().max()).isLessThanOrEqualTo(before.minutes().max());
                });
            }
            if (with.decision().compareTo(without.decision()) > 0) {
                reached("made stricter: " + without.decision() + " → " + with.decision());
            }
            countRules(new Reading(checkIn), with.decision().compareTo(without.decision()) > 0);
        });
        for (String rule : List.of("SuppressedHrvRule", "RestingHeartRateRule", "ShortSleepForYouRule", "LegsLostSpringRule")) {
            assertThat(count("fired: " + rule)).as(rule + " fired").isGreaterThan(CASES / 50);
            assertThat(count("made stricter: " + rule)).as(rule + " made a day stricter").isGreaterThan(CASES / 500);
        }
        assertThat(count("REASSESS kept")).isGreaterThan(CASES / 20);
        assertThat(count("made stricter: TRAIN → MOVE")).isGreaterThan(CASES / 100);
        assertThat(count("made stricter: MOVE → REST")).isGreaterThan(CASES / 100);
        assertThat(count("made stricter: TRAIN → REST")).isGreaterThan(CASES / 200);
    }

    /** Counts which body rules found something, and which of them decided a day made stricter. */
    private static void countRules(Reading reading, boolean madeStricter) {
        List<Rule> rules = List.of(new SuppressedHrvRule(), new RestingHeartRateRule(), new ShortSleepForYouRule(),
                new LegsLostSpringRule(), new HighHrvAfterLongEffortRule());
        Decision decided = AdviceEngine.findings(reading).stream().map(Finding::atLeast).max(Decision::compareTo).orElse(Decision.TRAIN);
        for (Rule rule : rules) {
            Optional<Finding> finding = rule.apply(reading);
            finding.ifPresent(f -> {
                String name = rule.getClass().getSimpleName();
                reached("fired: " + name);
                assertThat(f.atLeast()).as(name + " calls for at least MOVE and never REASSESS").isIn(Decision.MOVE, Decision.REST);
                if (madeStricter && f.atLeast() == decided) {
                    reached("made stricter: " + name);
                }
            });
        }
    }

    @Test
    void theReadoutsOwnVerdictsSetTheFloor() {
        forEach(CASES, BodySafetyPropertiesTest::withABody, checkIn -> {
            BodyReadout body = checkIn.body().orElseThrow();
            Advice advice = engine.advise(checkIn);
            boolean hrvBelow = body.hrv().map(t -> t.status() == HrvStatus.BELOW).orElse(false);
            boolean hrvLastingBelow = body.hrv().map(t -> t.status() == HrvStatus.BELOW && t.daysBelow() >= 3).orElse(false);
            boolean pulseUp = body.restingHeartRate().map(c -> c.status() == RestingHeartRateStatus.WELL_ABOVE).orElse(false);
            boolean shortNight = body.sleep().map(c -> c.status() == SleepStatus.SHORT).orElse(false);
            boolean legsDown = body.jump().map(c -> c.status() == JumpStatus.NOT_RECOVERED).orElse(false);
            long strain = List.of(hrvBelow, pulseUp, shortNight).stream().filter(b -> b).count();

            if (hrvBelow || pulseUp || shortNight || legsDown) {
                assertThat(advice.decision()).isNotEqualTo(Decision.TRAIN);
                reached("a sign of strain: no TRAIN");
            }
            if (hrvLastingBelow || strain >= 2) {
                assertThat(advice.decision()).isIn(Decision.REST, Decision.REASSESS);
                reached(hrvLastingBelow ? "HRV below for 3 days: REST" : "two body signs: REST");
            }
            if (legsDown) {
                advice.prescription().ifPresent(p -> assertThat(p.modalities()).doesNotContain(Modality.EASY_JOG));
                reached("legs down: no jogging");
            }
            if (!SafetyPropertiesTest.showsDamage(checkIn)) {
                assertThat(advice.decision()).isNotEqualTo(Decision.REASSESS);
                reached("no damage: never REASSESS");
            }
            assertThat(advice.reasons()).isNotEmpty();
            assertThat(advice.evidence()).isNotEmpty();
        });
        assertThat(count("a sign of strain: no TRAIN")).isGreaterThan(CASES / 4);
        assertThat(count("HRV below for 3 days: REST")).isGreaterThan(CASES / 50);
        assertThat(count("two body signs: REST")).isGreaterThan(CASES / 100);
        assertThat(count("legs down: no jogging")).isGreaterThan(CASES / 20);
        assertThat(count("no damage: never REASSESS")).isGreaterThan(CASES / 2);
    }

    @Test
    void aReadoutShowingNoStrainChangesNothing() {
        forEach(CASES, BodySafetyPropertiesTest::withABody, checkIn -> {
            BodyReadout body = checkIn.body().orElseThrow();
            boolean anything = body.hrv().map(t -> t.status() == HrvStatus.BELOW || t.status() == HrvStatus.ABOVE).orElse(false)
                    || body.restingHeartRate().map(c -> c.status() == RestingHeartRateStatus.WELL_ABOVE).orElse(false)
                    || body.sleep().map(c -> c.status() == SleepStatus.SHORT).orElse(false)
                    || body.jump().map(c -> c.status() == JumpStatus.NOT_RECOVERED).orElse(false);
            if (!anything) {
                assertThat(engine.advise(checkIn)).isEqualTo(engine.advise(checkIn.withoutBody()));
                reached("no strain: same advice");
            }
        });
        assertThat(count("no strain: same advice")).isGreaterThan(CASES / 10);
    }

    @Test
    void damageSignsKeepReassessAndTheirRedFlagsWhateverTheBodySays() {
        forEach(CASES, (r, c) -> withABody(r, withOneDamageSign(r, c)), checkIn -> {
            Advice without = engine.advise(checkIn.withoutBody());
            Advice with = engine.advise(checkIn);

            assertThat(with.decision()).isEqualTo(Decision.REASSESS);
            assertThat(with.state()).isEqualTo(LimiterState.TISSUE_DAMAGE);
            assertThat(with.redFlags()).containsAll(without.redFlags());
            assertThat(with.prescription()).isEmpty();
            if (checkIn.body().flatMap(BodyReadout::hrv).map(t -> t.status() != HrvStatus.BELOW).orElse(false)) {
                reached("damage with an HRV that is not low");
            }
        });
        assertThat(count("damage with an HRV that is not low")).isGreaterThan(CASES / 4);
    }

    @Test
    void aHighHrvSoonAfterAnUltraOrALongRunIsNeverReadAsReadiness() {
        forEach(CASES, BodySafetyPropertiesTest::soonAfterALongEffortWithAHighHrv, checkIn -> {
            Optional<HrvTrend> hrv = checkIn.body().flatMap(BodyReadout::hrv);
            if (hrv.map(t -> t.status() != HrvStatus.ABOVE).orElse(true)) {
                return;
            }
            Advice without = engine.advise(checkIn.withoutBody());
            Advice with = engine.advise(checkIn);

            assertThat(with.decision()).isNotEqualTo(Decision.TRAIN).isGreaterThanOrEqualTo(without.decision());
            if (with.decision() == Decision.MOVE) {
                // the day that could have looked ready says why it is not; a rest day needs no such word
                assertThat(with.reasons()).anyMatch(reason -> reason.contains("not read as a sign you are ready"));
                assertThat(with.evidence()).contains(Reference.LE_MEUR_2013.evidence());
                reached("high HRV after a long effort: explained on a MOVE day");
            }
            reached("high HRV after a long effort");
            if (without.decision() == Decision.TRAIN) {
                reached("high HRV after a long effort: TRAIN held back");
            }
        });
        assertThat(count("high HRV after a long effort")).isGreaterThan(CASES / 2);
        assertThat(count("high HRV after a long effort: TRAIN held back")).isGreaterThan(CASES / 100);
        assertThat(count("high HRV after a long effort: explained on a MOVE day")).isGreaterThan(CASES / 20);
    }

    /** The last session an ultra within a week or a long run within 48 h (or at an unknown time), HRV high. */
    private static CheckIn soonAfterALongEffortWithAHighHrv(Random r, CheckIn c) {
        SessionType session = pick(r, List.of(SessionType.ULTRA_RACE, SessionType.HUNDRED_MILE_RACE, SessionType.LONG_RUN, SessionType.LONG_RUN));
        double window = session == SessionType.LONG_RUN ? 48 : 168;
        List<Double> within = HOURS_SINCE.stream().filter(h -> h < window).toList();
        Optional<Double> since = r.nextInt(8) == 0 ? Optional.empty() : Optional.of(pick(r, within));
        Context x = c.context();
        CheckIn after = c.withContext(new Context(Optional.of(session), since, x.nextHardEffortInHours(), x.trainingBlock(),
                x.timeOfDay(), x.domsDays(), x.recoverySessionsLeftFlatter(), x.weeksOfPersistentFatigue()));
        return after.withBody(GeneratedBodies.withHighHrv(r, c.date()));
    }

    private static CheckIn withOneDamageSign(Random r, CheckIn c) {
        Signals.Builder s = c.signals().toBuilder();
        switch (r.nextInt(7)) {
            case 0 -> s.sharpPain(true);
            case 1 -> s.oneSidedPain(true);
            case 2 -> s.swelling(true);
            case 3 -> s.alteredGait(true);
            case 4 -> s.symptomsWorsening(true);
            case 5 -> s.tenMinuteTest(TenMinuteTest.SHARP_OR_ODD);
            default -> s.tenMinuteTest(TenMinuteTest.WORSENED);
        }
        return c.withSignals(s.build());
    }
}
