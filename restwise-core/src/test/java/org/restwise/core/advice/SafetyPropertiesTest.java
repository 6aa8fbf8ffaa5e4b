package org.restwise.core.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restwise.core.advice.GeneratedCheckIns.HOURS_SINCE;
import static org.restwise.core.advice.GeneratedCheckIns.forEach;
import static org.restwise.core.advice.GeneratedCheckIns.pick;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.restwise.core.activity.SessionType;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;
import org.restwise.core.checkin.TenMinuteTest;

/**
 * The safety invariants, over thousands of generated check-ins (see {@link GeneratedCheckIns} for the
 * seed). The oracles read the raw answers, never the engine's own reading of them, so a rule
 * dropped from the engine cannot also drop out of its test; and each property counts the cases
 * that reached what it is about, so a generator that stops reaching them fails too.
 */
class SafetyPropertiesTest {

    private static final int CASES = 5_000;

    private final AdviceEngine engine = new AdviceEngine();

    /** Tissue damage as the contract defines it, from the answers themselves. */
    static boolean showsDamage(CheckIn c) {
        Signals s = c.signals();
        return s.sharpPain() || s.oneSidedPain() || s.swelling() || s.alteredGait() || s.symptomsWorsening()
                || s.tenMinuteTest() == TenMinuteTest.SHARP_OR_ODD || s.tenMinuteTest() == TenMinuteTest.WORSENED;
    }

    @Test
    void anySignOfTissueDamageGivesReassessWithNoPrescription() {
        AtomicInteger reached = new AtomicInteger();
        forEach(CASES, SafetyPropertiesTest::withOneDamageSign, checkIn -> {
            assertThat(showsDamage(checkIn)).isTrue();
            Advice advice = engine.advise(checkIn);
            assertThat(advice.decision()).isEqualTo(Decision.REASSESS);
            assertThat(advice.state()).isEqualTo(LimiterState.TISSUE_DAMAGE);
            assertThat(advice.prescription()).isEmpty();
            reached.incrementAndGet();
        });
        assertThat(reached).hasValue(CASES);
    }

    @Test
    void withoutASignOfDamageTheAnswerIsNeverReassess() {
        AtomicInteger reached = new AtomicInteger();
        forEach(CASES, checkIn -> {
            if (!showsDamage(checkIn)) {
                assertThat(engine.advise(checkIn).decision()).isNotEqualTo(Decision.REASSESS);
                reached.incrementAndGet();
            }
        });
        assertThat(reached.get()).isGreaterThan(CASES / 2);
    }

    @Test
    void withinThreeDaysOfAnUltraThereIsNoMovementButWalking() {
        AtomicInteger walks = new AtomicInteger();
        forEach(CASES, (r, c) -> after(r, c, pick(r, List.of(SessionType.ULTRA_RACE, SessionType.HUNDRED_MILE_RACE)), 72), checkIn -> {
            Advice advice = engine.advise(checkIn);
            assertThat(advice.decision()).isIn(Decision.REST, Decision.REASSESS);
            advice.prescription().ifPresent(p -> {
                assertThat(p.modalities()).containsExactly(Modality.WALK);
                walks.incrementAndGet();
            });
        });
        assertThat(walks.get()).isGreaterThan(CASES / 10);
    }

    @Test
    void withinThreeDaysOfDownhillOrMountainWorkThereIsNeverEasyJogging() {
        AtomicInteger doses = new AtomicInteger();
        forEach(CASES, (r, c) -> after(r, c, pick(r, List.of(SessionType.DOWNHILL_HEAVY, SessionType.MOUNTAIN_RUN)), 72), checkIn ->
                engine.advise(checkIn).prescription().ifPresent(p -> {
                    assertThat(p.modalities()).doesNotContain(Modality.EASY_JOG);
                    doses.incrementAndGet();
                }));
        assertThat(doses.get()).isGreaterThan(CASES / 10);
    }

    @Test
    void withinAWeekOfAnUltraThereIsNeverEasyJogging() {
        AtomicInteger doses = new AtomicInteger();
        forEach(CASES, (r, c) -> after(r, c, pick(r, List.of(SessionType.ULTRA_RACE, SessionType.HUNDRED_MILE_RACE)), 168), checkIn ->
                engine.advise(checkIn).prescription().ifPresent(p -> {
                    assertThat(p.modalities()).doesNotContain(Modality.EASY_JOG);
                    doses.incrementAndGet();
                }));
        assertThat(doses.get()).isGreaterThan(CASES / 10);
    }

    /**
     * A ride, a swim, a hike or anything else is never read as a race or as downhill work: the advice
     * after one is exactly the advice after an easy run at the same hour, so none of the ultra or
     * eccentric rules (walking only, no jogging, the shorter dose) can come from it.
     */
    @Test
    void aSessionThatWasNoRunIsReadLikeAnEasyRunNeverAsARaceOrDownhillWork() {
        List<SessionType> notRuns = List.of(SessionType.CYCLING, SessionType.CROSS_TRAINING, SessionType.HIKING,
                SessionType.OTHER);
        AtomicInteger jogging = new AtomicInteger();
        forEach(CASES, (r, c) -> after(r, c, pick(r, notRuns), 168), checkIn -> {
            Advice advice = engine.advise(checkIn);
            Context x = checkIn.context();
            Advice afterAnEasyRun = engine.advise(checkIn.withContext(new Context(Optional.of(SessionType.EASY),
                    x.hoursSinceLastSession(), x.nextHardEffortInHours(), x.trainingBlock(), x.timeOfDay(), x.domsDays(),
                    x.recoverySessionsLeftFlatter(), x.weeksOfPersistentFatigue())));
            assertThat(advice.scenarios()).doesNotContain(Scenario.SEVERE_MUSCLE_DAMAGE);
            assertThat(advice).isEqualTo(afterAnEasyRun);
            if (advice.prescription().map(p -> p.modalities().contains(Modality.EASY_JOG)).orElse(false)) {
                jogging.incrementAndGet();
            }
        });
        assertThat(jogging.get()).isGreaterThan(CASES / 20);
    }

    @Test
    void swellingAWorsenedTestOrMajorSorenessNeverYieldEasyJogging() {
        AtomicInteger doses = new AtomicInteger();
        forEach(CASES, SafetyPropertiesTest::withSwellingWorsenedOrMajorSoreness, checkIn ->
                engine.advise(checkIn).prescription().ifPresent(p -> {
                    assertThat(p.modalities()).doesNotContain(Modality.EASY_JOG);
                    assertThat(checkIn.signals().soreness()).isGreaterThanOrEqualTo(7);
                    assertThat(p.minutes().max()).isLessThanOrEqualTo(30);
                    doses.incrementAndGet();
                }));
        assertThat(doses.get()).isGreaterThan(CASES / 10);
    }

    @Test
    void noDoseEverExceedsFortyMinutes() {
        AtomicInteger doses = new AtomicInteger();
        forEach(CASES, checkIn -> engine.advise(checkIn).prescription().ifPresent(p -> {
            assertThat(p.minutes().max()).isLessThanOrEqualTo(40);
            doses.incrementAndGet();
        }));
        assertThat(doses.get()).isGreaterThan(CASES / 10);
    }

    @Test
    void noHeartRateTargetIsEverAboveSeventyFivePercentOfMaximum() {
        AtomicInteger clearance = new AtomicInteger();
        AtomicInteger targets = new AtomicInteger();
        forEach(CASES, SafetyPropertiesTest::oftenRightAfterAHardSession, checkIn -> {
            Advice advice = engine.advise(checkIn);
            Optional<Integer> max = checkIn.athlete().maxHeartRate();
            advice.prescription().flatMap(Prescription::heartRate).ifPresent(hr -> max.ifPresent(m -> {
                assertThat(hr.max()).isLessThanOrEqualTo((int) Math.round(m * 75 / 100.0));
                if (hr.max() > Math.round(m * 70 / 100.0)) {
                    clearance.incrementAndGet();
                } else {
                    targets.incrementAndGet();
                }
            }));
        });
        assertThat(clearance.get()).as("clearance targets reached").isGreaterThan(50);
        assertThat(targets.get()).as("easy targets reached").isGreaterThan(CASES / 10);
    }

    @Test
    void aboveTheEasyZoneOnlyRightAfterAHardSessionWithTheThresholdKnown() {
        forEach(CASES, SafetyPropertiesTest::oftenRightAfterAHardSession, checkIn ->
                engine.advise(checkIn).prescription().flatMap(Prescription::heartRate).ifPresent(hr -> {
                    int max = checkIn.athlete().maxHeartRate().orElse(Integer.MAX_VALUE);
                    if (hr.max() > Math.round((long) max * 70 / 100.0) || checkIn.athlete().maxHeartRate().isEmpty()) {
                        Context c = checkIn.context();
                        assertThat(c.lastSessionOrNone().isHard()).isTrue();
                        assertThat(c.hoursSinceLastSession().orElseThrow()).isLessThanOrEqualTo(1.0);
                        assertThat(checkIn.athlete().lactateThresholdHeartRate()).isPresent();
                    }
                }));
    }

    @Test
    void restForcingRedFlagsNeverAllowMovement() {
        AtomicInteger flagged = new AtomicInteger();
        forEach(CASES, checkIn -> {
            Advice advice = engine.advise(checkIn);
            if (advice.redFlags().stream().anyMatch(f -> f != RedFlag.URGE_TO_EARN_RECOVERY)) {
                assertThat(advice.decision()).isIn(Decision.REST, Decision.REASSESS);
                flagged.incrementAndGet();
            }
        });
        assertThat(flagged.get()).isGreaterThan(CASES / 10);
    }

    @Test
    void theUrgeToEarnRecoveryNeverYieldsTrain() {
        AtomicInteger moves = new AtomicInteger();
        forEach(CASES, (r, c) -> c.withSignals(c.signals().toBuilder().urgeToEarnRecovery(true).build()), checkIn -> {
            Advice advice = engine.advise(checkIn);
            assertThat(advice.decision()).isNotEqualTo(Decision.TRAIN);
            assertThat(advice.redFlags()).contains(RedFlag.URGE_TO_EARN_RECOVERY);
            if (advice.decision() == Decision.MOVE) {
                IntRange minutes = advice.prescription().orElseThrow().minutes();
                assertThat(minutes.min()).isEqualTo(minutes.max()).isIn(6, 20);
                moves.incrementAndGet();
            }
        });
        assertThat(moves.get()).isGreaterThan(CASES / 10);
    }

    @Test
    void onlyMoveAndPostUltraRestCarryAPrescription() {
        forEach(CASES, checkIn -> {
            Advice advice = engine.advise(checkIn);
            switch (advice.decision()) {
                case MOVE -> assertThat(advice.prescription()).isPresent();
                case REST -> advice.prescription().ifPresent(p -> assertThat(p.onlyWalking()).isTrue());
                case TRAIN, REASSESS -> assertThat(advice.prescription()).isEmpty();
            }
            assertThat(advice.reasons()).isNotEmpty();
            assertThat(advice.evidence()).isNotEmpty();
        });
    }

    @Test
    void theSameInputAlwaysGivesTheSameAdvice() {
        forEach(CASES, checkIn -> assertThat(new AdviceEngine().advise(checkIn)).isEqualTo(engine.advise(checkIn)));
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

    private static CheckIn withSwellingWorsenedOrMajorSoreness(Random r, CheckIn c) {
        Signals.Builder s = c.signals().toBuilder();
        switch (r.nextInt(4)) {
            case 0 -> s.swelling(true);
            case 1 -> s.tenMinuteTest(TenMinuteTest.WORSENED);
            default -> s.soreness(7 + r.nextInt(4));
        }
        return c.withSignals(s.build());
    }

    /** The last session is {@code session}, ended less than {@code hours} ago (or at an unknown time). */
    private static CheckIn after(Random r, CheckIn c, SessionType session, double hours) {
        List<Double> within = HOURS_SINCE.stream().filter(h -> h < hours).toList();
        Optional<Double> since = r.nextInt(8) == 0 ? Optional.empty() : Optional.of(pick(r, within));
        Context x = c.context();
        return c.withContext(new Context(Optional.of(session), since, x.nextHardEffortInHours(), x.trainingBlock(),
                x.timeOfDay(), x.domsDays(), x.recoverySessionsLeftFlatter(), x.weeksOfPersistentFatigue()));
    }

    /** Half the cases end a hard session within the hour, where the clearance target applies. */
    private static CheckIn oftenRightAfterAHardSession(Random r, CheckIn c) {
        if (r.nextBoolean()) {
            return c;
        }
        SessionType hard = pick(r, List.of(SessionType.HARD_WORKOUT, SessionType.INTERVALS, SessionType.LONG_RUN));
        Context x = c.context();
        return c.withContext(new Context(Optional.of(hard), Optional.of(pick(r, List.of(0.2, 0.5, 1.0))),
                x.nextHardEffortInHours(), x.trainingBlock(), x.timeOfDay(), x.domsDays(),
                x.recoverySessionsLeftFlatter(), x.weeksOfPersistentFatigue()));
    }
}
