package org.restwise.core.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restwise.core.advice.CheckIns.*;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.restwise.core.activity.SessionType;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.TenMinuteTest;
import org.restwise.core.checkin.TrainingBlock;

/** The revised contract ("Where the article leaves room"), one behaviour a test. */
class AdviceSecondPassTest {

    @Nested
    class Sleep {

        @Test
        void underFourHoursLastNightIsSleepDebtOnItsOwn() {
            Advice advice = advise(feeling(s -> s.sleepHours(3.5).heavyLegs(true)));

            assertThat(advice.scenarios()).containsExactly(Scenario.SLEEP_DEBT);
            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.priorities()).startsWith(Priority.SLEEP);
        }

        @Test
        void fourHoursWithoutOtherSignsIsNotYetSleepDebt() {
            assertThat(advise(feeling(s -> s.sleepHours(4).heavyLegs(true))).scenarios()).doesNotContain(Scenario.SLEEP_DEBT);
        }

        @Test
        void aStaleLegsReasonNeverDeniesASystemicSignItSaw() {
            Advice advice = advise(feeling(s -> s.sleepHours(5.5).heavyLegs(true)));

            assertThat(advice.decision()).isEqualTo(Decision.MOVE);
            assertThat(advice.reasons()).noneMatch(r -> r.contains("no sign of damage or of a tired system"));
            assertThat(advice.reasons()).anyMatch(r -> r.contains("only 5.5 h of sleep not enough on its own"));
        }
    }

    @Nested
    class LongFatigue {

        @Test
        void threeWeeksOfFatigueAloneIsOverreaching() {
            Advice advice = advise(feeling(s -> s).withContext(history(0, 0, 3)));

            assertThat(advice.scenarios()).containsExactly(Scenario.OVERREACHING);
            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.state()).isEqualTo(LimiterState.SYSTEMIC_FATIGUE);
        }

        @Test
        void twoWeeksOfFatigueWithOneSystemicSignIsOverreaching() {
            Advice advice = advise(feeling(s -> s.lowMotivation(true).heavyLegs(true)).withContext(history(0, 0, 2)));

            assertThat(advice.scenarios()).containsExactly(Scenario.OVERREACHING);
            assertThat(advice.decision()).isEqualTo(Decision.REST);
        }

        @Test
        void twoWeeksOfFatigueAloneIsNotYetOverreaching() {
            assertThat(advise(feeling(s -> s.heavyLegs(true)).withContext(history(0, 0, 2))).scenarios())
                    .doesNotContain(Scenario.OVERREACHING);
        }
    }

    @Nested
    class HowSore {

        @ParameterizedTest
        @ValueSource(ints = {7, 8, 10})
        void sorenessOfSevenOrMoreDropsJoggingAndCapsTheDoseAtThirtyMinutes(int soreness) {
            Prescription dose = advise(after(SessionType.LONG_RUN, 24, s -> s.soreness(soreness))).prescription().orElseThrow();

            assertThat(dose.modalities()).doesNotContain(Modality.EASY_JOG);
            assertThat(dose.minutes()).isEqualTo(new IntRange(20, 30));
        }

        @Test
        void sorenessOfSixKeepsTheFullDose() {
            Prescription dose = advise(after(SessionType.LONG_RUN, 24, s -> s.soreness(6))).prescription().orElseThrow();

            assertThat(dose.modalities()).contains(Modality.EASY_JOG);
            assertThat(dose.minutes()).isEqualTo(new IntRange(20, 40));
        }
    }

    @Nested
    class HeartRate {

        private final AthleteProfile closeThreshold =
                new AthleteProfile(Optional.of(185), Optional.empty(), Optional.of(175), Optional.empty());

        @Test
        void theClearanceTargetNeverPassesSeventyFivePercentOfMaximum() {
            CheckIn checkIn = after(SessionType.INTERVALS, 0.5, s -> s.heavyLegs(true)).withAthlete(closeThreshold);

            IntRange hr = advise(checkIn).prescription().orElseThrow().heartRate().orElseThrow();

            assertThat(hr.max()).isEqualTo(139);
            assertThat(hr.min()).isEqualTo(131);
        }

        @Test
        void afterAnEasyRunThereIsNothingToClearSoTheTargetIsTheEasyZone() {
            CheckIn checkIn = after(SessionType.EASY, 0.5, s -> s.heavyLegs(true)).withAthlete(closeThreshold);

            assertThat(advise(checkIn).prescription().orElseThrow().heartRate()).contains(new IntRange(93, 130));
        }

        @Test
        void aThresholdAboveMaximumIsRefusedNamingTheField() {
            AthleteProfile impossible = new AthleteProfile(Optional.of(180), Optional.empty(), Optional.of(190), Optional.empty());

            assertThatThrownBy(impossible::requireConsistentHeartRates)
                    .hasMessageStartingWith("athlete.lactateThresholdHeartRate must be below athlete.maxHeartRate");
        }

        @Test
        void aRestingHeartRateAboveThresholdIsRefusedNamingTheField() {
            AthleteProfile impossible = new AthleteProfile(Optional.empty(), Optional.of(170), Optional.of(160), Optional.empty());

            assertThatThrownBy(impossible::requireConsistentHeartRates).hasMessageStartingWith("athlete.restingHeartRate");
        }

        @Test
        void aStoredThresholdAboveMaximumNeverGivesATargetAboveTheMaximum() {
            AthleteProfile impossible = new AthleteProfile(Optional.of(180), Optional.empty(), Optional.of(190), Optional.empty());
            CheckIn checkIn = after(SessionType.INTERVALS, 0.5, s -> s.heavyLegs(true)).withAthlete(impossible);

            assertThat(advise(checkIn).prescription().orElseThrow().heartRate()).contains(new IntRange(90, 126));
        }
    }

    @Nested
    class TenMinuteTest_ {

        @Test
        void legsThatWorsenedInTenEasyMinutesMeanReassess() {
            Advice advice = advise(feeling(s -> s.heavyLegs(true).tenMinuteTest(TenMinuteTest.WORSENED)));

            assertThat(advice.decision()).isEqualTo(Decision.REASSESS);
            assertThat(advice.state()).isEqualTo(LimiterState.TISSUE_DAMAGE);
            assertThat(advice.prescription()).isEmpty();
        }

        @Test
        void theTestIsOfferedOnlyWhereMovementIsAllowed() {
            assertThat(advise(feeling(s -> s.heavyLegs(true))).offersTenMinuteTest()).isTrue();
            assertThat(advise(feeling(s -> s.sharpPain(true))).offersTenMinuteTest()).isFalse();
            assertThat(advise(feeling(s -> s.ill(true))).offersTenMinuteTest()).isFalse();
        }
    }

    @Nested
    class UrgeToEarnRecovery {

        @Test
        void theUrgeToEarnRecoveryNeverGivesTrain() {
            Advice advice = advise(feeling(s -> s.urgeToEarnRecovery(true)));

            assertThat(advice.decision()).isEqualTo(Decision.MOVE);
            assertThat(advice.prescription().orElseThrow().minutes()).isEqualTo(new IntRange(20, 20));
            assertThat(advice.reasons()).anyMatch(r -> r.contains("warning sign"));
        }

        @Test
        void onAShortTurnaroundTheUrgeKeepsItToSixMinutes() {
            Advice advice = advise(feeling(s -> s.heavyLegs(true).urgeToEarnRecovery(true)).withContext(nextHardEffortIn(4)));

            assertThat(advice.prescription().orElseThrow().minutes()).isEqualTo(new IntRange(6, 6));
        }
    }

    @Nested
    class RecoveryWeek {

        @Test
        void trainingInARecoveryWeekIsEasyRunningWithTheIntensityTakenOut() {
            Advice advice = advise(feeling(s -> s).withContext(block(TrainingBlock.RECOVERY_WEEK)));

            assertThat(advice.decision()).isEqualTo(Decision.TRAIN);
            assertThat(advice.reasons()).anyMatch(r -> r.contains("recovery week") && r.contains("intensity"));
            assertThat(advice.avoid()).anyMatch(a -> a.contains("intensity"));
        }

        @Test
        void movementInARecoveryWeekLeadsWithNonImpactModalities() {
            Advice advice = advise(feeling(s -> s.heavyLegs(true)).withContext(block(TrainingBlock.RECOVERY_WEEK)));

            Prescription dose = advice.prescription().orElseThrow();
            assertThat(dose.modalities()).startsWith(Modality.CYCLE, Modality.SWIM, Modality.AQUA_JOG);
            assertThat(advice.reasons()).anyMatch(r -> r.contains("recovery week"));
        }

        @Test
        void aRestDayInARecoveryWeekSaysSo() {
            Advice advice = advise(feeling(s -> s.ill(true)).withContext(block(TrainingBlock.RECOVERY_WEEK)));

            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.reasons()).anyMatch(r -> r.contains("recovery week"));
        }
    }

    @Nested
    class Priorities {

        @Test
        void lowFuelPutsFoodFirst() {
            Advice advice = advise(feeling(s -> s.unusualHunger(true).lowMood(true)));

            assertThat(advice.priorities()).startsWith(Priority.FOOD);
        }

        @Test
        void lowFuelStillPutsFoodFirstWhenIll() {
            Advice advice = advise(feeling(s -> s.unusualHunger(true).lowMood(true).ill(true)));

            assertThat(advice.priorities()).startsWith(Priority.FOOD);
        }
    }

    @Nested
    class Words {

        @Test
        void illAfterAnUltraPromisesNoWalksAndSaysWhenToComeBack() {
            Advice advice = advise(after(SessionType.ULTRA_RACE, 30, s -> s.ill(true).soreness(6)));

            assertThat(advice.prescription()).isEmpty();
            assertThat(String.join(" ", advice.reasons())).doesNotContain("short walks");
            assertThat(advice.followUp()).contains("without symptoms").contains("72 hours");
        }

        @Test
        void aHundredMilerOnDayFiveNeverMentionsCrossTrainingAfterSeventyTwoHours() {
            Advice advice = advise(after(SessionType.HUNDRED_MILE_RACE, 5 * 24, s -> s.soreness(4)));

            assertThat(advice.followUp()).doesNotContain("72 hours").contains("full week");
        }

        @Test
        void illWithSharpPainKeepsTheIllnessInTheWords() {
            Advice advice = advise(feeling(s -> s.ill(true).sharpPain(true)));

            assertThat(advice.decision()).isEqualTo(Decision.REASSESS);
            assertThat(advice.reasons()).anyMatch(r -> r.contains("ill"));
            assertThat(advice.followUp()).contains("ill");
        }

        @Test
        void oneFlowSignIsSpokenOfInTheSingular() {
            Advice advice = advise(feeling(s -> s.soreness(6).ill(true)));

            assertThat(advice.reasons()).anyMatch(r -> r.startsWith("Soreness at 6/10 would on its own") && r.contains("it is not"));
        }

        @Test
        void aShortDoseIsNotFollowedByTenMinutesOfTesting() {
            Advice advice = advise(feeling(s -> s.heavyLegs(true)).withContext(nextHardEffortIn(3)));

            assertThat(advice.followUp()).doesNotContain("ten very easy minutes");
        }

        @Test
        void restBetweenBoutsIsNotCalledARestDay() {
            Advice advice = advise(feeling(s -> s.heavyLegs(true)).withContext(nextHardEffortIn(0.1)));

            assertThat(String.join(" ", advice.avoid())).doesNotContain("rest day");
            assertThat(advice.state()).isEqualTo(LimiterState.STALE_LEGS);
            assertThat(advice.reasons()).noneMatch(r -> r.contains("not what limits recovery"));
        }

        @Test
        void theUltraWeekWarnsAboutJoggingOnce() {
            Advice advice = advise(after(SessionType.ULTRA_RACE, 100, s -> s.heavyLegs(true)));

            assertThat(advice.avoid()).filteredOn(a -> a.toLowerCase().contains("jog")).hasSize(1);
        }

        @Test
        void creatineKinaseIsSpelledOut() {
            Advice advice = advise(after(SessionType.HUNDRED_MILE_RACE, 30, s -> s));

            assertThat(String.join(" ", advice.reasons())).contains("creatine kinase").doesNotContain(" CK ");
        }
    }

    @Nested
    class Evidence_ {

        @Test
        void illnessCitesTheIllnessConsensusNotARecoveryModalityReview() {
            Advice advice = advise(feeling(s -> s.ill(true)));

            assertThat(advice.evidence()).extracting(Evidence::doi)
                    .contains("10.1136/bjsports-2016-096572").doesNotContain("10.2165/00007256-200636090-00005");
        }

        @Test
        void sleepDebtCitesASleepReview() {
            assertThat(advise(feeling(s -> s.shortSleepNights(3))).evidence()).extracting(Evidence::doi)
                    .containsExactly("10.1007/s40279-014-0260-0");
        }

        @Test
        void anInjuryIsNotTriagedWithARecoveryTechniquesMetaAnalysis() {
            assertThat(advise(feeling(s -> s.sharpPain(true))).evidence()).extracting(Evidence::doi)
                    .doesNotContain("10.3389/fphys.2018.00403");
        }

        @Test
        void vanHoorenAndPeakeCarryTheirPublishedSubtitle() {
            assertThat(Reference.VAN_HOOREN_PEAKE_2018.evidence().citation())
                    .contains("the effects on performance, injuries and the long-term adaptive response");
        }
    }
}
