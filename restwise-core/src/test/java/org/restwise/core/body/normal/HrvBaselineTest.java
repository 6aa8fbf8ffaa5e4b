package org.restwise.core.body.normal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.restwise.core.body.normal.Days.TODAY;
import static org.restwise.core.body.normal.Days.series;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HrvBaselineTest {

    private final HrvBaseline baseline = new HrvBaseline();

    /**
     * By hand: the 60 days before today hold 11 × 4.1, 11 × 3.9 and 2 × 3.7 (ln rMSSD); mean
     * 95.4 / 24 = 3.975; squares 11 × 0.015625 + 11 × 0.005625 + 2 × 0.075625 = 0.385; sd =
     * √(0.385 / 23) = 0.129380; range 3.975 ± 0.064690 = 3.910310–4.039690. The week holds
     * 3.7 three times: mean 3.70, below; yesterday's week had two readings only, so the run is 1 day.
     */
    @Test
    void theNormalRangeIsTheSixtyDayMeanPlusOrMinusHalfAStandardDeviation() {
        DailySeries rmssd = series().dailyLn(60, 39, 4.1, 3.9).dailyLn(2, 0, 3.7).build();

        HrvTrend trend = baseline.assess(rmssd, TODAY);

        assertThat(trend.status()).isEqualTo(HrvStatus.BELOW);
        assertThat(trend.normal().orElseThrow().low()).isCloseTo(3.910310, within(1e-6));
        assertThat(trend.normal().orElseThrow().high()).isCloseTo(4.039690, within(1e-6));
        assertThat(trend.normal().orElseThrow().readings()).isEqualTo(24);
        assertThat(trend.weekMeanLn().orElseThrow()).isCloseTo(3.70, within(1e-12));
        assertThat(trend.weekReadings()).isEqualTo(3);
        assertThat(trend.weekCvPercent().orElseThrow()).isCloseTo(0.0, within(1e-9));
        assertThat(trend.daysBelow()).isEqualTo(1);
        assertThat(trend.words()).isEqualTo("your 7-day HRV has dropped below your normal range today: ln rMSSD 3.70 vs 3.91–4.04");
    }

    /** By hand: 3.6, 3.8, 4.0 → mean 3.8, sd √(0.08 / 2) = 0.2, CV 100 × 0.2 / 3.8 = 5.263158 %. */
    @Test
    void theWeeklyCoefficientOfVariationIsTheSdOverTheMeanOfLnRmssd() {
        DailySeries rmssd = series().dailyLn(60, 31, 4.1, 3.9).on(4, Math.exp(3.6)).on(2, Math.exp(3.8)).on(0, Math.exp(4.0)).build();

        HrvTrend trend = baseline.assess(rmssd, TODAY);

        assertThat(trend.weekMeanLn().orElseThrow()).isCloseTo(3.8, within(1e-12));
        assertThat(trend.weekCvPercent().orElseThrow()).isCloseTo(5.263158, within(1e-6));
    }

    @Test
    void untilTwentyOneReadingsItSaysHowFarItHasGot() {
        DailySeries rmssd = series().dailyLn(40, 21, 4.1, 3.9).build(); // 20 readings, none this week

        HrvTrend trend = baseline.assess(rmssd, TODAY);

        assertThat(trend.status()).isEqualTo(HrvStatus.LEARNING);
        assertThat(trend.normal()).isEmpty();
        assertThat(trend.learning().orElseThrow()).isEqualTo(new Learning(20, 21, "days"));
        assertThat(trend.words()).isEqualTo("HRV: still learning your normal: 20 of 21 days");
        assertThat(trend.daysBelow()).isZero();
    }

    @Test
    void twoReadingsNeverMakeABaseline() {
        DailySeries rmssd = series().dailyLn(1, 0, 3.0).build();

        HrvTrend trend = baseline.assess(rmssd, TODAY);

        assertThat(trend.status()).isEqualTo(HrvStatus.LEARNING);
        assertThat(trend.learning().orElseThrow().have()).isEqualTo(1);
    }

    @Test
    void readingsOlderThanSixtyDaysDoNotCount() {
        DailySeries rmssd = series().dailyLn(90, 61, 4.1, 3.9).dailyLn(2, 0, 3.0).build();

        HrvTrend trend = baseline.assess(rmssd, TODAY);

        assertThat(trend.status()).isEqualTo(HrvStatus.LEARNING);
        assertThat(trend.learning().orElseThrow().have()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} readings in the 60 days before → {1}")
    @CsvSource({"20, LEARNING", "21, WITHIN"})
    void aNormalRangeNeedsTwentyOneReadingsInTheSixtyDaysBefore(int readings, HrvStatus expected) {
        // the older readings, then yesterday and the day before (both in the window) and today
        DailySeries rmssd = series().dailyLn(40, 40 - (readings - 2) + 1, 4.1, 3.9).dailyLn(2, 0, 4.0).build();

        HrvTrend trend = baseline.assess(rmssd, TODAY);

        assertThat(trend.status()).isEqualTo(expected);
        trend.learning().ifPresent(l -> assertThat(l).isEqualTo(new Learning(20, 21, "days")));
        trend.normal().ifPresent(n -> assertThat(n.readings()).isEqualTo(21));
    }

    @ParameterizedTest(name = "{0} readings this week → {1}")
    @CsvSource({"2, TOO_FEW_THIS_WEEK", "3, WITHIN"})
    void aSevenDayMeanNeedsThreeReadingsInTheWeek(int readings, HrvStatus expected) {
        Days days = series().dailyLn(60, 31, 4.1, 3.9);
        for (int i = 0; i < readings; i++) {
            days.on(2 * i, Math.exp(4.0)); // every other day: gaps inside the week
        }

        HrvTrend trend = baseline.assess(days.build(), TODAY);

        assertThat(trend.status()).isEqualTo(expected);
        assertThat(trend.weekReadings()).isEqualTo(readings);
    }

    @Test
    void aRunBelowTheRangeIsCountedDayByDay() {
        // 80 normal days, then 5 very low mornings: each of the last 5 days has its week below its range
        DailySeries rmssd = series().dailyLn(85, 5, 4.1, 3.9).dailyLn(4, 0, 3.0).build();

        HrvTrend trend = baseline.assess(rmssd, TODAY);

        assertThat(trend.status()).isEqualTo(HrvStatus.BELOW);
        assertThat(trend.daysBelow()).isEqualTo(5);
        assertThat(trend.words()).startsWith("your 7-day HRV has been below your normal range for the 5th day: ln rMSSD 3.29 vs ");
    }

    @Test
    void aDayWithoutASevenDayMeanEndsTheRun() {
        DailySeries rmssd = series().dailyLn(85, 12, 4.1, 3.9).dailyLn(2, 0, 3.0).build(); // a 9-day gap before the last 3

        assertThat(baseline.assess(rmssd, TODAY).daysBelow()).isEqualTo(1);
    }

    @Test
    void aZeroStandardDeviationGivesARangeOfOnePoint() {
        DailySeries same = series().dailyLn(60, 0, 4.0).build();

        HrvTrend trend = baseline.assess(same, TODAY);

        assertThat(trend.status()).isEqualTo(HrvStatus.WITHIN);
        assertThat(trend.normal().orElseThrow().low()).isEqualTo(trend.normal().orElseThrow().high());
        assertThat(trend.words()).isEqualTo("your 7-day HRV is within your normal range: ln rMSSD 4.00 vs 4.00–4.00");
    }

    @ParameterizedTest(name = "today at ln {0} over a flat normal of 4.00 → {1}")
    @CsvSource({"4.3, ABOVE", "3.7, BELOW", "4.0, WITHIN"})
    void aFlatNormalIsLeftByAnyStep(double lnToday, HrvStatus expected) {
        DailySeries rmssd = series().dailyLn(60, 1, 4.0).on(0, Math.exp(lnToday)).build();

        assertThat(baseline.assess(rmssd, TODAY).status()).isEqualTo(expected);
    }

    @Test
    void anRmssdOfZeroIsRefused() {
        DailySeries rmssd = series().dailyLn(30, 1, 4.0).on(0, 0.0).build();

        assertThatThrownBy(() -> baseline.assess(rmssd, TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.0 ms on " + TODAY);
    }
}
