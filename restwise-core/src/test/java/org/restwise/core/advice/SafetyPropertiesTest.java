package org.restwise.core.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.restwise.core.activity.SessionType;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;
import org.restwise.core.checkin.TenMinuteTest;
import org.restwise.core.checkin.TimeOfDay;
import org.restwise.core.checkin.TrainingBlock;

/**
 * The safety invariants, over thousands of generated check-ins. Generation is seeded; a failure
 * names the seed and the case so it can be replayed (set -Drestwise.seed=N).
 */
class SafetyPropertiesTest {

    private static final int CASES = 5_000;
    private static final long SEED = Long.getLong("restwise.seed", 20261129L);

    private final AdviceEngine engine = new AdviceEngine();

    @Test
    void anySignOfTissueDamageGivesReassessWithNoPrescription() {
        forEveryCheckIn(checkIn -> {
            if (!new Reading(checkIn).damageSigns().isEmpty()) {
                Advice advice = engine.advise(checkIn);
                assertThat(advice.decision()).isEqualTo(Decision.REASSESS);
                assertThat(advice.state()).isEqualTo(LimiterState.TISSUE_DAMAGE);
                assertThat(advice.prescription()).isEmpty();
            }
        });
    }

    @Test
    void withinThreeDaysOfAnUltraNoPrescriptionHoldsAnythingButWalking() {
        forEveryCheckIn(checkIn -> {
            Context c = checkIn.context();
            if (c.lastSessionOrNone().isUltra() && c.lastSessionWithin(72)) {
                engine.advise(checkIn).prescription()
                        .ifPresent(p -> assertThat(p.modalities()).containsExactly(Modality.WALK));
            }
        });
    }

    @Test
    void withinThreeDaysOfDownhillOrUltraWorkThereIsNeverEasyJogging() {
        forEveryCheckIn(checkIn -> {
            SessionType last = checkIn.context().lastSessionOrNone();
            boolean recent = checkIn.context().lastSessionWithin(72);
            if (recent && (last == SessionType.DOWNHILL_HEAVY || last.isUltra())) {
                engine.advise(checkIn).prescription()
                        .ifPresent(p -> assertThat(p.modalities()).doesNotContain(Modality.EASY_JOG));
            }
        });
    }

    @Test
    void noDoseEverExceedsFortyMinutes() {
        forEveryCheckIn(checkIn -> engine.advise(checkIn).prescription()
                .ifPresent(p -> assertThat(p.minutes().max()).isLessThanOrEqualTo(40)));
    }

    @Test
    void heartRateStaysEasyExceptTheClearanceTargetRightAfterASession() {
        forEveryCheckIn(checkIn -> {
            Advice advice = engine.advise(checkIn);
            advice.prescription().flatMap(Prescription::heartRate).ifPresent(hr -> {
                AthleteProfile athlete = checkIn.athlete();
                if (advice.decision() == Decision.MOVE && rightAfterASession(checkIn)
                        && athlete.lactateThresholdHeartRate().isPresent()) {
                    int threshold = athlete.lactateThresholdHeartRate().get();
                    assertThat(hr.min()).isGreaterThanOrEqualTo((int) Math.round(0.60 * threshold));
                    assertThat(hr.max()).isLessThanOrEqualTo(threshold);
                } else {
                    assertThat(hr.max()).isLessThanOrEqualTo((int) Math.round(0.70 * athlete.maxHeartRate().orElseThrow()));
                }
            });
        });
    }

    private static boolean rightAfterASession(CheckIn checkIn) {
        return checkIn.context().hoursSinceLastSession().map(h -> h <= 1).orElse(false)
                && checkIn.context().lastSessionOrNone() != SessionType.NONE;
    }

    @Test
    void restForcingRedFlagsNeverAllowMovement() {
        forEveryCheckIn(checkIn -> {
            Advice advice = engine.advise(checkIn);
            if (advice.redFlags().stream().anyMatch(f -> f != RedFlag.URGE_TO_EARN_RECOVERY)) {
                assertThat(advice.decision()).isIn(Decision.REST, Decision.REASSESS);
            }
        });
    }

    @Test
    void onlyMoveAndPostUltraRestCarryAPrescription() {
        forEveryCheckIn(checkIn -> {
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
        forEveryCheckIn(checkIn -> assertThat(new AdviceEngine().advise(checkIn)).isEqualTo(engine.advise(checkIn)));
    }

    private static void forEveryCheckIn(Consumer<CheckIn> property) {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            CheckIn checkIn = randomCheckIn(random);
            try {
                property.accept(checkIn);
            } catch (AssertionError e) {
                throw new AssertionError("case " + i + " of seed " + SEED + " failed for " + checkIn + ": " + e.getMessage(), e);
            }
        }
    }

    static CheckIn randomCheckIn(Random r) {
        AthleteProfile athlete = new AthleteProfile(
                maybe(r, () -> 150 + r.nextInt(60)), maybe(r, () -> 38 + r.nextInt(30)),
                maybe(r, () -> 130 + r.nextInt(50)), maybe(r, () -> 1 + r.nextInt(5)));
        Context context = new Context(
                maybe(r, () -> pick(r, SessionType.values())),
                maybe(r, () -> pick(r, List.of(0.2, 0.5, 1.0, 2.0, 12.0, 24.0, 48.0, 71.9, 72.0, 100.0, 167.0, 200.0, 500.0))),
                maybe(r, () -> pick(r, List.of(0.05, 0.2, 0.25, 2.0, 6.0, 11.9, 24.0, 48.0))),
                maybe(r, () -> pick(r, TrainingBlock.values())),
                maybe(r, () -> pick(r, TimeOfDay.values())),
                maybe(r, () -> r.nextInt(10)),
                maybe(r, () -> r.nextInt(4)),
                maybe(r, () -> r.nextInt(5)));
        Signals signals = Signals.builder()
                .soreness(r.nextInt(11))
                .heavyLegs(r.nextBoolean()).stiffness(r.nextBoolean()).swelling(rare(r))
                .sharpPain(rare(r)).oneSidedPain(rare(r)).alteredGait(rare(r)).symptomsWorsening(rare(r))
                .sleepHours(maybe(r, () -> Math.round(r.nextDouble() * 20) / 2.0))
                .shortSleepNights(r.nextInt(4))
                .lowMood(rare(r)).unusualHunger(rare(r)).easyEffortFeelsExpensive(rare(r)).irritability(rare(r))
                .lowMotivation(rare(r)).ill(r.nextInt(10) == 0).urgeToEarnRecovery(rare(r))
                .tenMinuteTest(pick(r, TenMinuteTest.values()))
                .build();
        return new CheckIn(LocalDate.of(2026, 1, 1).plusDays(r.nextInt(365)), athlete, context, signals);
    }

    /** True about one time in four, so that quiet days and single signs are common too. */
    private static boolean rare(Random r) {
        return r.nextInt(4) == 0;
    }

    private static <T> Optional<T> maybe(Random r, java.util.function.Supplier<T> value) {
        return r.nextInt(3) == 0 ? Optional.empty() : Optional.of(value.get());
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
