package org.restwise.core.body.normal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.restwise.core.body.normal.Days.TODAY;
import static org.restwise.core.body.normal.Days.series;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SleepBaselineTest {

    private final SleepBaseline baseline = new SleepBaseline();

    /** 14 nights every other day: 7 × 7 h and 7 × 8 h → mean 7.5 h. */
    private static Days fourteenNights() {
        Days days = series();
        for (int i = 0; i < 14; i++) {
            days.on(2 + 2 * i, i % 2 == 0 ? 7.0 : 8.0);
        }
        return days;
    }

    @ParameterizedTest(name = "{0} h last night over an average of 7.5 h → {1}")
    @CsvSource({"6.0, SHORT", "6.1, USUAL", "9.0, USUAL", "4.0, SHORT"})
    void shortMeansAnHourAndAHalfUnderTheOwnAverage(double lastNight, SleepStatus expected) {
        SleepCheck check = baseline.assess(fourteenNights().on(0, lastNight).build(), TODAY);

        assertThat(check.status()).isEqualTo(expected);
        assertThat(check.averageHours().orElseThrow().mean()).isCloseTo(7.5, within(1e-12));
        assertThat(check.averageHours().orElseThrow().count()).isEqualTo(14);
    }

    @Test
    void aLongSleeperIsShortWellAboveSixHours() {
        DailySeries nine = series().daily(28, 1, 9.0).on(0, 7.4).build();

        SleepCheck check = baseline.assess(nine, TODAY);

        assertThat(check.status()).isEqualTo(SleepStatus.SHORT);
        assertThat(check.words()).isEqualTo("sleep 7.4 h last night, 1.6 h under your 28-day average of 9 h");
    }

    @Test
    void underSixHoursIsShortBeforeTheAverageIsKnown() {
        SleepCheck check = baseline.assess(series().daily(13, 1, 8.0).on(0, 5.5).build(), TODAY);

        assertThat(check.status()).isEqualTo(SleepStatus.SHORT);
        assertThat(check.words()).isEqualTo("sleep 5.5 h last night, under 6 h (still learning your normal: 13 of 14 nights)");
    }

    @Test
    void thirteenNightsAreStillLearning() {
        SleepCheck check = baseline.assess(series().daily(13, 1, 9.0).on(0, 6.5).build(), TODAY);

        assertThat(check.status()).isEqualTo(SleepStatus.LEARNING);
        assertThat(check.underAverageHours()).isEmpty();
    }

    @Test
    void nightsBeforeTheFourWeeksDoNotCount() {
        SleepCheck check = baseline.assess(series().daily(60, 29, 8.0).on(0, 6.5).build(), TODAY);

        assertThat(check.learning().orElseThrow().have()).isZero();
    }

    @Test
    void noNightRecordedGivesNoVerdict() {
        SleepCheck check = baseline.assess(fourteenNights().build(), TODAY);

        assertThat(check.status()).isEqualTo(SleepStatus.NO_NIGHT);
        assertThat(check.words()).isEqualTo("sleep: no night recorded for last night");
    }
}
