package org.restwise.core.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restwise.core.advice.CheckIns.*;
import static org.restwise.core.advice.Readouts.*;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.restwise.core.activity.SessionType;
import org.restwise.core.body.normal.BodyReadout;
import org.restwise.core.checkin.CheckIn;

/** What each body signal does to a day's advice: only ever more careful, and always saying why with its numbers. */
class BodySignalsAdviceTest {

    /** Fresh legs, nothing reported: a training day without a readout. */
    private static final CheckIn FRESH = feeling(s -> s);

    @Nested
    class Hrv {

        @Test
        void aSevenDayHrvBelowItsRangeForThreeDaysOrMoreMeansRestWithItsNumbers() {
            Advice advice = advise(FRESH.withBody(hrvBelowFor(4, 3.62)));

            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.state()).isEqualTo(LimiterState.SYSTEMIC_FATIGUE);
            assertThat(advice.reasons().get(0)).startsWith(
                    "Your 7-day heart rate variability (HRV) has been below your normal range for the 4th day: ln rMSSD 3.62 vs 3.80–4.05.");
            assertThat(advice.priorities()).startsWith(Priority.SLEEP);
            assertThat(advice.evidence()).contains(Reference.PLEWS_2012.evidence(), Reference.PLEWS_2014.evidence(),
                    Reference.BUCHHEIT_2014.evidence());
        }

        @Test
        void aDayOrTwoBelowTheRangeOnItsOwnKeepsTheDayEasy() {
            Advice advice = advise(FRESH.withBody(hrvBelowFor(1, 3.75)));

            assertThat(advice.decision()).isEqualTo(Decision.MOVE);
            assertThat(advice.reasons()).anyMatch(r -> r.startsWith("Your 7-day heart rate variability (HRV) has dropped below your normal range today"));
        }

        @Test
        void aDayBelowTheRangeWithLowMoodMeansRest() {
            Advice advice = advise(feeling(s -> s.lowMood(true)).withBody(hrvBelowFor(2, 3.75)));

            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.reasons()).anyMatch(r -> r.contains("Together with low mood"));
        }

        @Test
        void aGoodHrvNeverCancelsADamageSign() {
            CheckIn sharp = feeling(s -> s.sharpPain(true));

            Advice advice = advise(sharp.withBody(hrvAbove(4.30)));

            assertThat(advice).isEqualTo(advise(sharp));
            assertThat(advice.decision()).isEqualTo(Decision.REASSESS);
            assertThat(advice.redFlags()).containsExactly(RedFlag.SHARP_PAIN_SWELLING_LIMPING);
        }

        @Test
        void aHighOrNormalHrvOnAnOrdinaryDayChangesNothing() {
            CheckIn stale = feeling(s -> s.heavyLegs(true));

            assertThat(advise(FRESH.withBody(hrvAbove(4.30)))).isEqualTo(advise(FRESH));
            assertThat(advise(stale.withBody(hrvWithin()))).isEqualTo(advise(stale));
        }

        @Test
        void aHighHrvTheDayAfterALongRunIsNotReadAsReadiness() {
            CheckIn dayAfter = after(SessionType.LONG_RUN, 20, s -> s);

            Advice advice = advise(dayAfter.withBody(hrvAbove(4.30)));

            assertThat(advise(dayAfter).decision()).isEqualTo(Decision.TRAIN);
            assertThat(advice.decision()).isEqualTo(Decision.MOVE);
            assertThat(advice.reasons()).anyMatch(r -> r.equals("Your 7-day heart rate variability (HRV) is above your normal range (ln rMSSD 4.30 vs 3.80–4.05), but with a long"
                    + " run less than two days behind you that is not read as a sign you are ready. After very long efforts a"
                    + " high HRV can mean a saturated nervous system rather than a recovered one, so today stays easy."));
            assertThat(advice.evidence()).contains(Reference.LE_MEUR_2013.evidence(), Reference.PLEWS_2013.evidence());
        }

        @Test
        void aHighHrvInTheDaysAfterAnUltraKeepsTheRestAndItsWalks() {
            CheckIn afterUltra = after(SessionType.ULTRA_RACE, 40, s -> s);

            Advice advice = advise(afterUltra.withBody(hrvAbove(4.30)));

            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.prescription()).isEqualTo(advise(afterUltra).prescription()).isPresent();
            assertThat(advice.reasons()).anyMatch(r -> r.contains("with an ultra less than a week behind you that is not read as a sign you are ready")
                    && r.endsWith("so the race still calls for rest."));
        }
    }

    @Nested
    class RestingHeartRate {

        @Test
        void wellAboveNormalOnItsOwnKeepsTheDayEasy() {
            Advice advice = advise(FRESH.withBody(restingHeartRate(56, 49)));

            assertThat(advice.decision()).isEqualTo(Decision.MOVE);
            assertThat(advice.reasons()).anyMatch(r -> r.startsWith("Resting heart rate 56 bpm this morning, 7 above your 60-day average of 49."));
        }

        @Test
        void wellAboveNormalWithAnotherSignMeansRest() {
            Advice advice = advise(feeling(s -> s.lowMotivation(true)).withBody(restingHeartRate(56, 49)));

            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.evidence()).contains(Reference.BUCHHEIT_2014.evidence());
        }

        @Test
        void aPulseJustUnderTheMarginChangesNothing() {
            assertThat(advise(FRESH.withBody(restingHeartRate(53.9, 49)))).isEqualTo(advise(FRESH));
        }
    }

    @Nested
    class Sleep {

        @Test
        void aShortNightForYouOnItsOwnKeepsTheDayEasy() {
            Advice advice = advise(FRESH.withBody(sleep(6.4, 8.1)));

            assertThat(advice.decision()).isEqualTo(Decision.MOVE);
            assertThat(advice.reasons()).anyMatch(r -> r.startsWith("Sleep 6.4 h last night, 1.7 h under your 28-day average of 8.1 h."));
        }

        @Test
        void theRunnersOwnReportOfTheSameNightIsNotCountedTwice() {
            Advice advice = advise(feeling(s -> s.sleepHours(5.5)).withBody(sleep(5.5, 7.5)));

            assertThat(advice.decision()).isEqualTo(Decision.MOVE);
        }

        @Test
        void aShortNightWithAnotherBodySignMeansRest() {
            Advice advice = advise(FRESH.withBody(together(sleep(5.8, 7.5), restingHeartRate(56, 49))));

            assertThat(advice.decision()).isEqualTo(Decision.REST);
            assertThat(advice.reasons()).anyMatch(r -> r.contains("a resting heart rate 7 bpm over your average"));
            assertThat(advice.evidence()).contains(Reference.FULLAGAR_2015.evidence(), Reference.BUCHHEIT_2014.evidence());
        }
    }

    @Nested
    class Jump {

        @Test
        void aJumpWellUnderItsBaselineMeansNoTrainingAndNoRunningButNotReassess() {
            Advice advice = advise(FRESH.withBody(jump(30, 33)));

            assertThat(advice.decision()).isEqualTo(Decision.MOVE);
            assertThat(advice.prescription().orElseThrow().modalities()).doesNotContain(Modality.EASY_JOG).contains(Modality.WALK, Modality.CYCLE);
            assertThat(advice.reasons()).anyMatch(r -> r.startsWith("Jump 30 cm today, 9.1 % under your 28-day baseline of 33 cm:")
                    && r.contains("not a sign of damage"));
            assertThat(advice.avoid()).anyMatch(a -> a.startsWith("Running, jumps and speed work"));
            assertThat(advice.evidence()).contains(Reference.CLAUDINO_2017.evidence());
        }

        @Test
        void onStaleLegsItTakesJoggingOutOfTheDose() {
            CheckIn stale = feeling(s -> s.heavyLegs(true));

            Advice advice = advise(stale.withBody(jump(30, 33)));

            assertThat(advise(stale).prescription().orElseThrow().modalities()).contains(Modality.EASY_JOG);
            assertThat(advice.prescription().orElseThrow().modalities()).doesNotContain(Modality.EASY_JOG);
            assertThat(advice.prescription().orElseThrow().minutes()).isEqualTo(advise(stale).prescription().orElseThrow().minutes());
        }
    }

    @Test
    void aCheckInCarriesOnlyItsOwnDaysReadout() {
        BodyReadout yesterday = BodyReadout.nothingOn(DAY.minusDays(1));

        assertThatThrownBy(() -> FRESH.withBody(yesterday)).hasMessageContaining("the body readout is for " + DAY.minusDays(1));
    }

    @Test
    void theReadoutCanBeGivenBesideTheCheckIn() {
        BodyReadout readout = hrvBelowFor(4, 3.62);

        assertThat(new AdviceEngine().advise(FRESH, readout)).isEqualTo(advise(FRESH.withBody(readout)));
        assertThat(FRESH.withBody(readout).withoutBody()).isEqualTo(FRESH);
        assertThat(FRESH.withBody(readout).withSignals(FRESH.signals()).body()).contains(readout);
    }
}
