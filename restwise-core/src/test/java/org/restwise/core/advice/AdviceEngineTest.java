package org.restwise.core.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restwise.core.advice.CheckIns.*;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.restwise.core.activity.SessionType;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.TenMinuteTest;
import org.restwise.core.checkin.TimeOfDay;
import org.restwise.core.checkin.TrainingBlock;

class AdviceEngineTest {

    @Nested
    class QuickReferenceTable {

        @Test
        void ordinaryDomsAfterAHardWorkoutMeansTwentyToFortyMinutesOfEasyWalkSpinOrSwim() {
            Advice advice = advise(after(SessionType.HARD_WORKOUT, 20, s -> s.soreness(5)));

            assertThat(advice.decision()).isEqualTo(Decision.MOVE);
            assertThat(advice.state()).isEqualTo(LimiterState.STALE_LEGS);
            Prescription dose = advice.prescription().orElseThrow();
            assertThat(dose.minutes()).isEqualTo(new IntRange(20, 40));
            assertThat(dose.modalities()).startsWith(Modality.WALK, Modality.CYCLE, Modality.SWIM);
            assertThat(advice.avoid()).anyMatch(a -> a.contains("whole day still"));
        }

        @Test
        void heavyLegsBetweenDemandingSessionsMeansAShortEasyBout() {
            CheckIn checkIn = feeling(s -> s.heavyLegs(true)).withContext(nextHardEffortIn(4));

            Advice advice = advise(checkIn);

            assertThat(advice.decision()).isEqualTo(Decision.MOVE);
            assertThat(advice.prescription().orElseThrow().minutes()).isEqualTo(new IntRange(6, 10));
            assertThat(advice.prescription().orElseThrow().rpe()).isEqualTo(new IntRange(3, 4));
            assertThat(advice.avoid()).anyMatch(a -> a.contains("medium work"));
        }

        @Test
        void needForRapidRefuellingMeansPassiveRestAndFood() {
            Advice advice = advise(feeling(s -> s.heavyLegs(true).unusualHunger(true).easyEffortFeelsExpensive(true)));

            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.scenarios()).containsExactly(Scenario.LOW_FUEL);
            assertThat(advice.priorities()).contains(Priority.FOOD);
            assertThat(advice.prescription()).isEmpty();
            assertThat(advice.avoid()).anyMatch(a -> a.contains("draining fuel"));
        }

        @Test
        void postUltraSleepDebtMeansSleepFoodFluidsAndShortWalksOnly() {
            Advice advice = advise(after(SessionType.ULTRA_RACE, 30, s -> s.shortSleepNights(2).soreness(7).heavyLegs(true)));

            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.state()).isEqualTo(LimiterState.SYSTEMIC_FATIGUE);
            assertThat(advice.scenarios()).contains(Scenario.SEVERE_MUSCLE_DAMAGE, Scenario.SLEEP_DEBT);
            assertThat(advice.priorities()).contains(Priority.SLEEP, Priority.FOOD, Priority.HYDRATION);
            assertThat(advice.prescription().orElseThrow().modalities()).containsExactly(Modality.WALK);
            assertThat(advice.avoid()).anyMatch(a -> a.contains("Recovery jogs"));
        }

        @Test
        void sharpPainSwellingAndAlteredGaitMeanRestAndReassess() {
            Advice advice = advise(feeling(s -> s.sharpPain(true).swelling(true).alteredGait(true)));

            assertThat(advice.decision()).isEqualTo(Decision.REASSESS);
            assertThat(advice.state()).isEqualTo(LimiterState.TISSUE_DAMAGE);
            assertThat(advice.redFlags()).contains(RedFlag.SHARP_PAIN_SWELLING_LIMPING);
            assertThat(advice.scenarios()).contains(Scenario.ACUTE_INJURY);
            assertThat(advice.priorities()).containsExactly(Priority.MEDICAL_ASSESSMENT, Priority.REDUCED_LOAD);
            assertThat(advice.prescription()).isEmpty();
            assertThat(advice.avoid()).anyMatch(a -> a.contains("just soreness"));
        }
    }

    @Nested
    class States {

        @Test
        void nothingWrongMeansTrainAsPlanned() {
            Advice advice = advise(feeling(s -> s.sleepHours(8)));

            assertThat(advice.decision()).isEqualTo(Decision.TRAIN);
            assertThat(advice.state()).isEqualTo(LimiterState.NO_LIMITER);
            assertThat(advice.prescription()).isEmpty();
            assertThat(advice.reasons()).isNotEmpty();
        }

        @Test
        void flatMoodThinMotivationAndPoorSleepNameATiredSystem() {
            Advice advice = advise(feeling(s -> s.lowMood(true).lowMotivation(true).sleepHours(5.5).heavyLegs(true)));

            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.state()).isEqualTo(LimiterState.SYSTEMIC_FATIGUE);
            assertThat(advice.priorities()).containsExactly(Priority.SLEEP, Priority.FOOD, Priority.HYDRATION,
                    Priority.LOW_STIMULATION, Priority.REDUCED_LOAD);
            assertThat(advice.reasons()).anyMatch(r -> r.toLowerCase().contains("low mood") && r.contains("low motivation"));
        }

        @Test
        void oneSystemicSignBesideStaleLegsDoesNotOverruleTheLegs() {
            Advice advice = advise(feeling(s -> s.heavyLegs(true).lowMotivation(true)));

            assertThat(advice.decision()).isEqualTo(Decision.MOVE);
        }

        @Test
        void damageOutranksEverySystemicScenario() {
            Advice advice = advise(after(SessionType.HUNDRED_MILE_RACE, 10,
                    s -> s.oneSidedPain(true).unusualHunger(true).lowMood(true).ill(true)));

            assertThat(advice.decision()).isEqualTo(Decision.REASSESS);
            assertThat(advice.state()).isEqualTo(LimiterState.TISSUE_DAMAGE);
            assertThat(advice.scenarios()).contains(Scenario.ACUTE_INJURY, Scenario.SEVERE_MUSCLE_DAMAGE, Scenario.LOW_FUEL);
        }

        @Test
        void swellingInOnePlaceAloneMeansReassess() {
            Advice advice = advise(feeling(s -> s.swelling(true)));

            assertThat(advice.decision()).isEqualTo(Decision.REASSESS);
            assertThat(advice.state()).isEqualTo(LimiterState.TISSUE_DAMAGE);
            assertThat(advice.redFlags()).containsExactly(RedFlag.SHARP_PAIN_SWELLING_LIMPING);
            assertThat(advice.scenarios()).containsExactly(Scenario.ACUTE_INJURY);
            assertThat(advice.prescription()).isEmpty();
        }

        @Test
        void theRedFlagNamesOnlyWhatWasReported() {
            Advice advice = advise(feeling(s -> s.swelling(true)));

            assertThat(advice.redFlagLabel(RedFlag.SHARP_PAIN_SWELLING_LIMPING)).isEqualTo("Swelling in one place");
        }

        @Test
        void puffyLegsAreAFlowSign() {
            Advice advice = advise(feeling(s -> s.puffyLegs(true)));

            assertThat(advice.decision()).isEqualTo(Decision.MOVE);
            assertThat(advice.state()).isEqualTo(LimiterState.STALE_LEGS);
            assertThat(advice.reasons()).anyMatch(r -> r.contains("Puffy legs"));
        }

        @Test
        void swellingWithOneSidedPainIsDamage() {
            Advice advice = advise(feeling(s -> s.swelling(true).oneSidedPain(true)));

            assertThat(advice.decision()).isEqualTo(Decision.REASSESS);
            assertThat(advice.reasons()).anyMatch(r -> r.contains("swelling in one place"));
            assertThat(advice.redFlagLabel(RedFlag.SHARP_PAIN_SWELLING_LIMPING)).isEqualTo("Pain on one side and swelling in one place");
        }

        @Test
        void symptomsThatSharpenMeanReassess() {
            Advice advice = advise(feeling(s -> s.soreness(4).symptomsWorsening(true)));

            assertThat(advice.decision()).isEqualTo(Decision.REASSESS);
            assertThat(advice.state()).isEqualTo(LimiterState.TISSUE_DAMAGE);
        }
    }

    @Nested
    class CompleteRestScenarios {

        @Test
        void weeksOfFatigueWithMoodAndSleepSignsAreOverreaching() {
            CheckIn checkIn = feeling(s -> s.lowMood(true).irritability(true).heavyLegs(true)).withContext(history(0, 0, 3));

            Advice advice = advise(checkIn);

            assertThat(advice.scenarios()).contains(Scenario.OVERREACHING);
            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.state()).isEqualTo(LimiterState.SYSTEMIC_FATIGUE);
            assertThat(advice.priorities()).contains(Priority.REDUCED_LOAD, Priority.SLEEP);
        }

        @Test
        void oneWeekOfFatigueIsNotYetOverreaching() {
            CheckIn checkIn = feeling(s -> s.lowMood(true).heavyLegs(true)).withContext(history(0, 0, 1));

            assertThat(advise(checkIn).scenarios()).doesNotContain(Scenario.OVERREACHING);
        }

        @Test
        void aHundredMileRaceNamesSevereMuscleDamageForAWeek() {
            Advice day5 = advise(after(SessionType.HUNDRED_MILE_RACE, 5 * 24, s -> s.soreness(3)));
            Advice day8 = advise(after(SessionType.HUNDRED_MILE_RACE, 8 * 24, s -> s.soreness(3)));

            assertThat(day5.scenarios()).contains(Scenario.SEVERE_MUSCLE_DAMAGE);
            assertThat(day5.decision()).isEqualTo(Decision.REST);
            assertThat(day5.prescription().orElseThrow().modalities()).containsExactly(Modality.WALK);
            assertThat(day5.reasons()).anyMatch(r -> r.contains("five days"));
            assertThat(day8.scenarios()).doesNotContain(Scenario.SEVERE_MUSCLE_DAMAGE);
            assertThat(day8.decision()).isEqualTo(Decision.MOVE);
        }

        @Test
        void hungerAloneIsNotLowFuel() {
            assertThat(advise(feeling(s -> s.unusualHunger(true))).scenarios()).doesNotContain(Scenario.LOW_FUEL);
        }

        @Test
        void beforeSleepStillnessBeatsMovementEvenForStaleLegs() {
            CheckIn checkIn = feeling(s -> s.heavyLegs(true).stiffness(true)).withContext(at(TimeOfDay.BEFORE_SLEEP));

            Advice advice = advise(checkIn);

            assertThat(advice.scenarios()).containsExactly(Scenario.PRE_SLEEP_DOWNSHIFT);
            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.state()).isEqualTo(LimiterState.SYSTEMIC_FATIGUE);
            assertThat(advice.priorities()).contains(Priority.SLEEP, Priority.LOW_STIMULATION);
            assertThat(advice.reasons()).anyMatch(r -> r.contains("not what limits recovery today"));
        }

        @Test
        void twoShortNightsAreSleepDebt() {
            Advice advice = advise(feeling(s -> s.shortSleepNights(2).soreness(4)));

            assertThat(advice.scenarios()).contains(Scenario.SLEEP_DEBT);
            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.priorities()).startsWith(Priority.SLEEP);
        }

        @Test
        void underFiveHoursIsSleepDebtOnlyWithSystemicSigns() {
            assertThat(advise(feeling(s -> s.sleepHours(4.5).heavyLegs(true))).scenarios())
                    .doesNotContain(Scenario.SLEEP_DEBT);
            assertThat(advise(feeling(s -> s.sleepHours(4.5).lowMood(true))).scenarios())
                    .contains(Scenario.SLEEP_DEBT);
        }

        @Test
        void aShockMicrocycleMeansPassiveRecovery() {
            CheckIn checkIn = feeling(s -> s.heavyLegs(true)).withContext(block(TrainingBlock.SHOCK_MICROCYCLE));

            Advice advice = advise(checkIn);

            assertThat(advice.scenarios()).containsExactly(Scenario.SHOCK_MICROCYCLE);
            assertThat(advice.decision()).isEqualTo(Decision.REST);
        }

        @Test
        void illnessMeansRestWithoutAnyPrescription() {
            Advice advice = advise(feeling(s -> s.ill(true).heavyLegs(true)));

            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.prescription()).isEmpty();
            assertThat(advice.priorities()).contains(Priority.SLEEP, Priority.HYDRATION);
        }

        @Test
        void aMaximalBoutMinutesAwayMeansPassiveRestBetweenBouts() {
            CheckIn checkIn = feeling(s -> s.heavyLegs(true)).withContext(nextHardEffortIn(0.1));

            Advice advice = advise(checkIn);

            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.prescription()).isEmpty();
            assertThat(advice.evidence()).extracting(Evidence::doi).contains("10.23736/S0022-4707.20.11070-3");
        }

        @Test
        void aHardEffortHoursAwayAllowsSixToTenMinutesOfWalkOrSpin() {
            CheckIn checkIn = feeling(s -> s.heavyLegs(true)).withContext(nextHardEffortIn(3));

            Prescription dose = advise(checkIn).prescription().orElseThrow();

            assertThat(dose.minutes()).isEqualTo(new IntRange(6, 10));
            assertThat(dose.modalities()).containsExactly(Modality.WALK, Modality.CYCLE);
        }
    }

    @Nested
    class RedFlags {

        @Test
        void sorenessLastingTwiceTheUsualDaysIsBeyondNormalAndStopsMovement() {
            CheckIn checkIn = feeling(s -> s.soreness(5).heavyLegs(true)).withContext(history(4, 0, 0));

            Advice advice = advise(checkIn);

            assertThat(advice.redFlags()).containsExactly(RedFlag.DOMS_BEYOND_NORMAL);
            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.prescription()).isEmpty();
        }

        @Test
        void sorenessWithinTheUsualDaysIsNoRedFlag() {
            CheckIn checkIn = feeling(s -> s.soreness(5)).withContext(history(3, 0, 0));

            assertThat(advise(checkIn).redFlags()).isEmpty();
        }

        @Test
        void withoutAUsualFigureThreeDaysAreAssumed() {
            CheckIn checkIn = feeling(s -> s.soreness(5)).withContext(history(5, 0, 0)).withAthlete(AthleteProfile.UNKNOWN);
            CheckIn longer = checkIn.withContext(history(6, 0, 0));

            assertThat(advise(checkIn).redFlags()).isEmpty();
            assertThat(advise(longer).redFlags()).containsExactly(RedFlag.DOMS_BEYOND_NORMAL);
        }

        @Test
        void sharpPainIsARedFlagThatMeansReassess() {
            Advice advice = advise(feeling(s -> s.sharpPain(true)));

            assertThat(advice.redFlags()).containsExactly(RedFlag.SHARP_PAIN_SWELLING_LIMPING);
            assertThat(advice.decision()).isEqualTo(Decision.REASSESS);
        }

        @Test
        void irritabilityPoorSleepAndFatigueRaiseTheFlagAndRest() {
            Advice advice = advise(feeling(s -> s.irritability(true).sleepHours(5.5).lowMotivation(true).heavyLegs(true)));

            assertThat(advice.redFlags()).contains(RedFlag.FATIGUE_IRRITABILITY_POOR_SLEEP);
            assertThat(advice.decision()).isEqualTo(Decision.REST);
        }

        @Test
        void recoverySessionsThatKeepLeavingYouFlatterStopMovement() {
            CheckIn checkIn = feeling(s -> s.heavyLegs(true)).withContext(history(0, 2, 0));

            Advice advice = advise(checkIn);

            assertThat(advice.redFlags()).containsExactly(RedFlag.RECOVERY_LEAVES_YOU_FLATTER);
            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.prescription()).isEmpty();
        }

        @Test
        void oneFlatterSessionOfThreeIsNoPattern() {
            CheckIn checkIn = feeling(s -> s.heavyLegs(true)).withContext(history(0, 1, 0));

            assertThat(advise(checkIn).decision()).isEqualTo(Decision.MOVE);
        }

        @Test
        void theUrgeToEarnRecoveryKeepsTheDoseAtItsShortEnd() {
            Advice advice = advise(after(SessionType.LONG_RUN, 20, s -> s.heavyLegs(true).urgeToEarnRecovery(true)));

            assertThat(advice.redFlags()).containsExactly(RedFlag.URGE_TO_EARN_RECOVERY);
            assertThat(advice.decision()).isEqualTo(Decision.MOVE);
            assertThat(advice.prescription().orElseThrow().minutes()).isEqualTo(new IntRange(20, 20));
            assertThat(advice.reasons()).anyMatch(r -> r.contains("earn"));
        }
    }

    @Nested
    class TenMinuteTest_ {

        @Test
        void loosenedLegsConfirmAFlowProblemDespiteTiredSigns() {
            Advice advice = advise(feeling(s -> s.lowMood(true).lowMotivation(true).tenMinuteTest(TenMinuteTest.LOOSENED)));

            assertThat(advice.decision()).isEqualTo(Decision.MOVE);
            assertThat(advice.state()).isEqualTo(LimiterState.STALE_LEGS);
        }

        @Test
        void effortThatStayedExpensiveMeansASystemThatNeedsStillness() {
            Advice advice = advise(feeling(s -> s.heavyLegs(true).tenMinuteTest(TenMinuteTest.STAYED_EXPENSIVE)));

            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.state()).isEqualTo(LimiterState.SYSTEMIC_FATIGUE);
        }

        @Test
        void somethingSharpOrOddMeansReassess() {
            Advice advice = advise(feeling(s -> s.heavyLegs(true).tenMinuteTest(TenMinuteTest.SHARP_OR_ODD)));

            assertThat(advice.decision()).isEqualTo(Decision.REASSESS);
            assertThat(advice.state()).isEqualTo(LimiterState.TISSUE_DAMAGE);
            assertThat(advice.prescription()).isEmpty();
        }

        @Test
        void noChangeKeepsTheDecisionOfTheSignals() {
            Advice advice = advise(feeling(s -> s.heavyLegs(true).tenMinuteTest(TenMinuteTest.NO_CHANGE)));

            assertThat(advice.decision()).isEqualTo(Decision.MOVE);
            assertThat(advice.followUp()).doesNotContain("Start with ten very easy minutes");
        }

        @Test
        void loosenedLegsDoNotShortenTheUltraRest() {
            Advice advice = advise(after(SessionType.ULTRA_RACE, 40, s -> s.heavyLegs(true).tenMinuteTest(TenMinuteTest.LOOSENED)));

            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.prescription().orElseThrow().modalities()).containsExactly(Modality.WALK);
        }
    }

    @Nested
    class Dose {

        @Test
        void heartRateIsFiftyToSeventyPercentOfMaxInWholeBeats() {
            Advice advice = advise(after(SessionType.MOUNTAIN_RUN, 20, s -> s.soreness(5).heavyLegs(true).stiffness(true)));

            assertThat(advice.prescription().orElseThrow().heartRate()).contains(new IntRange(93, 130));
        }

        @ParameterizedTest(name = "max {0} bpm gives {1}–{2}")
        @org.junit.jupiter.params.provider.CsvSource({"175, 88, 123", "185, 93, 130", "190, 95, 133", "195, 98, 137", "201, 101, 141"})
        void halfBeatsRoundUpAsARunnerWouldByHand(int max, int low, int high) {
            CheckIn checkIn = after(SessionType.LONG_RUN, 20, s -> s.heavyLegs(true))
                    .withAthlete(new AthleteProfile(Optional.of(max), Optional.empty(), Optional.empty(), Optional.empty()));

            assertThat(advise(checkIn).prescription().orElseThrow().heartRate()).contains(new IntRange(low, high));
        }

        @Test
        void withoutMaxHeartRateThereIsNoHeartRateTarget() {
            CheckIn checkIn = after(SessionType.HARD_WORKOUT, 20, s -> s.heavyLegs(true)).withAthlete(AthleteProfile.UNKNOWN);

            assertThat(advise(checkIn).prescription().orElseThrow().heartRate()).isEmpty();
        }

        @Test
        void rightAfterASessionTheTargetIsAroundEightyPercentOfThreshold() {
            Prescription dose = advise(after(SessionType.INTERVALS, 0.5, s -> s.heavyLegs(true))).prescription().orElseThrow();

            assertThat(dose.minutes()).isEqualTo(new IntRange(6, 10));
            assertThat(dose.heartRate()).contains(new IntRange(124, 139));
        }

        @ParameterizedTest
        @EnumSource(value = SessionType.class, names = {"MOUNTAIN_RUN", "DOWNHILL_HEAVY"})
        void afterMountainAndDownhillWorkEasyJoggingIsLeftOut(SessionType session) {
            Prescription dose = advise(after(session, 24, s -> s.soreness(5))).prescription().orElseThrow();

            assertThat(dose.modalities()).containsExactly(Modality.WALK, Modality.CYCLE, Modality.SWIM, Modality.AQUA_JOG);
        }

        @Test
        void afterFlatWorkEasyJoggingComesLast() {
            Prescription dose = advise(after(SessionType.LONG_RUN, 24, s -> s.soreness(5))).prescription().orElseThrow();

            assertThat(dose.modalities()).containsExactly(
                    Modality.WALK, Modality.CYCLE, Modality.SWIM, Modality.AQUA_JOG, Modality.EASY_JOG);
        }

        @Test
        void downhillWorkGetsAShorterDoseThanFlatWork() {
            int downhill = advise(after(SessionType.DOWNHILL_HEAVY, 24, s -> s.soreness(5))).prescription().orElseThrow().minutes().max();
            int flat = advise(after(SessionType.LONG_RUN, 24, s -> s.soreness(5))).prescription().orElseThrow().minutes().max();

            assertThat(downhill).isLessThan(flat);
        }

        @Test
        void inTheWeekAfterAnUltraMovementStaysNonImpactEvenWithoutSymptoms() {
            Advice advice = advise(after(SessionType.ULTRA_RACE, 100, s -> s));

            assertThat(advice.decision()).isEqualTo(Decision.MOVE);
            assertThat(advice.prescription().orElseThrow().modalities()).doesNotContain(Modality.EASY_JOG);
        }

        @Test
        void aRaceNamedWithoutItsTimeIsTreatedAsJustFinished() {
            CheckIn checkIn = feeling(s -> s.soreness(6)).withContext(CheckIns.context(SessionType.HUNDRED_MILE_RACE, 1)
                    .orElse(CheckIns.context(SessionType.HUNDRED_MILE_RACE, 1)));
            CheckIn noTime = checkIn.withContext(new org.restwise.core.checkin.Context(Optional.of(SessionType.HUNDRED_MILE_RACE),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty()));

            assertThat(advise(noTime).decision()).isEqualTo(Decision.REST);
            assertThat(advise(noTime).prescription().orElseThrow().modalities()).containsExactly(Modality.WALK);
        }
    }

    @Test
    void everyDecisionCitesItsEvidenceAndSaysWhatToDoNext() {
        List<CheckIn> days = List.of(
                feeling(s -> s), feeling(s -> s.heavyLegs(true)), feeling(s -> s.ill(true)), feeling(s -> s.sharpPain(true)));

        for (CheckIn day : days) {
            Advice advice = advise(day);
            assertThat(advice.evidence()).isNotEmpty().allMatch(e -> e.doi().startsWith("10."));
            assertThat(advice.followUp()).isNotBlank();
            assertThat(advice.avoid()).isNotEmpty();
            assertThat(advice.reasons()).isNotEmpty();
        }
    }

    @Nested
    class SessionsThatWereNoRun {

        @ParameterizedTest
        @EnumSource(value = SessionType.class, names = {"CYCLING", "CROSS_TRAINING", "HIKING", "OTHER"})
        void yesterdaysRideOrSwimLeavesEasyJoggingInWhereAMountainRunWouldNot(SessionType session) {
            Prescription dose = advise(after(session, 24, s -> s.soreness(5))).prescription().orElseThrow();

            assertThat(dose.modalities()).containsExactly(
                    Modality.WALK, Modality.CYCLE, Modality.SWIM, Modality.AQUA_JOG, Modality.EASY_JOG);
            assertThat(dose.minutes()).isEqualTo(new IntRange(20, 40));
        }

        @Test
        void aLongBikeRideRightAfterIsNeverTheFirstDaysAfterAnUltra() {
            Advice advice = advise(after(SessionType.CYCLING, 2, s -> s.soreness(6).heavyLegs(true)));

            assertThat(advice.scenarios()).doesNotContain(Scenario.SEVERE_MUSCLE_DAMAGE);
            assertThat(advice.decision()).isEqualTo(Decision.MOVE);
        }

        @ParameterizedTest
        @EnumSource(value = SessionType.class, names = {"CYCLING", "CROSS_TRAINING", "HIKING", "OTHER"})
        void rightAfterARideThereIsNoClearanceTargetMeantForHardRunning(SessionType session) {
            Prescription dose = advise(after(session, 0.5, s -> s.heavyLegs(true))).prescription().orElseThrow();

            assertThat(dose.minutes()).isEqualTo(new IntRange(6, 10));
            assertThat(dose.heartRate()).contains(new IntRange(93, 130));
        }
    }
}
