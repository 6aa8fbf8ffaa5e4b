package org.restwise.core.body.normal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.restwise.core.body.normal.Days.TODAY;
import static org.restwise.core.body.normal.Days.series;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RestingHeartRateBaselineTest {

    private final RestingHeartRateBaseline baseline = new RestingHeartRateBaseline();

    /** By hand: 10 × 48, 10 × 50 and one 49 → mean 1029 / 21 = 49; squares 20 × 1 → sd √(20 / 20) = 1. */
    private static Days usualMornings() {
        return series().daily(21, 2, 48, 50).on(1, 49);
    }

    @ParameterizedTest(name = "{0} bpm this morning over a baseline of 49 → {1}")
    @CsvSource({"54, WELL_ABOVE", "53.9, USUAL", "60, WELL_ABOVE", "45, USUAL", "49, USUAL"})
    void wellAboveMeansFiveBeatsOrMoreOverTheSixtyDayMean(double thisMorning, RestingHeartRateStatus expected) {
        RestingHeartRateCheck check = baseline.assess(usualMornings().on(0, thisMorning).build(), TODAY);

        assertThat(check.status()).isEqualTo(expected);
        assertThat(check.baselineBpm().orElseThrow().mean()).isCloseTo(49.0, within(1e-12));
        assertThat(check.baselineBpm().orElseThrow().standardDeviation()).isCloseTo(1.0, within(1e-12));
        assertThat(check.aboveBaselineBpm().orElseThrow()).isCloseTo(thisMorning - 49, within(1e-9));
    }

    @Test
    void itsWordsGiveThisMorningAndTheAverage() {
        assertThat(baseline.assess(usualMornings().on(0, 56).build(), TODAY).words())
                .isEqualTo("resting heart rate 56 bpm this morning, 7 above your 60-day average of 49");
        assertThat(baseline.assess(usualMornings().on(0, 47.5).build(), TODAY).words())
                .isEqualTo("resting heart rate 47.5 bpm this morning, 1.5 below your 60-day average of 49");
    }

    @Test
    void twentyMorningsAreStillLearning() {
        RestingHeartRateCheck check = baseline.assess(series().daily(20, 1, 48, 50).on(0, 70).build(), TODAY);

        assertThat(check.status()).isEqualTo(RestingHeartRateStatus.LEARNING);
        assertThat(check.words()).isEqualTo("resting heart rate: still learning your normal: 20 of 21 days");
    }

    @Test
    void morningsMoreThanSixtyDaysAgoDoNotCount() {
        RestingHeartRateCheck check = baseline.assess(series().daily(81, 61, 48, 50).on(0, 70).build(), TODAY);

        assertThat(check.learning().orElseThrow().have()).isZero();
    }

    @Test
    void noReadingThisMorningGivesNoVerdict() {
        RestingHeartRateCheck check = baseline.assess(usualMornings().build(), TODAY);

        assertThat(check.status()).isEqualTo(RestingHeartRateStatus.NO_READING_TODAY);
        assertThat(check.aboveBaselineBpm()).isEmpty();
    }

    @Test
    void aFlatBaselineStillNeedsFiveBeats() {
        DailySeries flat = series().daily(30, 1, 50).on(0, 54).build();

        assertThat(baseline.assess(flat, TODAY).status()).isEqualTo(RestingHeartRateStatus.USUAL);
    }
}
