package org.restwise.core.body.normal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.restwise.core.body.normal.Days.TODAY;
import static org.restwise.core.body.normal.Days.series;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JumpBaselineTest {

    private final JumpBaseline baseline = new JumpBaseline();

    @ParameterizedTest(name = "jumps {0}, {1}, {2} cm → {3} cm")
    @CsvSource({
            "30, 32, 34, 34",       // the best
            "33, 31, 32, 33",       // the best, unsorted
            "20, 32, 34, 32",       // spread 14 cm: median
            "24, 30, 34, 34",       // spread exactly 10 cm: still the best
            "35, 21, 33, 33"})      // spread 14 cm, unsorted: median
    void aTestIsTheBestOfThreeJumpsOrTheirMedianWhenTheySpreadOverTenCentimetres(double a, double b, double c, double result) {
        assertThat(JumpTest.of(a, b, c).resultCm()).isCloseTo(result, within(1e-6));
    }

    @Test
    void ofSeveralTestsInADayTheBestCounts() {
        assertThat(JumpTest.bestOfDayCm(List.of(JumpTest.of(30, 30, 30), JumpTest.of(31, 33, 35), JumpTest.of(20, 32, 34))))
                .isCloseTo(35.0, within(1e-12));
    }

    @Test
    void aTestIsThreeJumps() {
        assertThatThrownBy(() -> new JumpTest(List.of(30.0, 31.0))).hasMessageContaining("3 jumps, not 2");
        assertThatThrownBy(() -> JumpTest.of(30, 0, 31)).hasMessageContaining("above 0 cm");
    }

    @ParameterizedTest(name = "earlier {0} and {1} cm, today {2} cm → {3}")
    @CsvSource({
            "30, 32, 28.83, NOT_RECOVERED", // baseline 31: 7 % is 2.17 cm
            "30, 32, 28.84, RECOVERED",
            "27, 29, 26.04, NOT_RECOVERED", // baseline exactly 28: the percentage rule, 7 % is 1.96 cm
            "27, 29, 26.05, RECOVERED",
            "24, 26, 23.00, NOT_RECOVERED", // baseline 25: 2 cm
            "24, 26, 23.01, RECOVERED",
            "24, 26, 30.00, RECOVERED"})
    void notRecoveredIsSevenPercentUnderABaselineOf28cmOrMoreAndTwoCentimetresUnderALowerOne(
            double first, double second, double today, JumpStatus expected) {
        DailySeries results = series().on(10, first).on(5, second).on(0, today).build();

        JumpCheck check = baseline.assess(results, TODAY);

        assertThat(check.status()).isEqualTo(expected);
        assertThat(check.baselineCm().orElseThrow().mean()).isCloseTo((first + second) / 2, within(1e-12));
    }

    @Test
    void itsWordsGiveTheDropInTheUnitThatDecides() {
        assertThat(baseline.assess(series().on(10, 32).on(5, 34).on(0, 30).build(), TODAY).words())
                .isEqualTo("jump 30 cm today, 9.1 % under your 28-day baseline of 33 cm");
        assertThat(baseline.assess(series().on(10, 24).on(5, 26).on(0, 22.5).build(), TODAY).words())
                .isEqualTo("jump 22.5 cm today, 2.5 cm under your 28-day baseline of 25 cm");
    }

    @Test
    void aRunnerWhoReadsInchesGetsTheWordsInInchesWithTheSameVerdict() {
        JumpCheck check = baseline.assess(series().on(10, 24).on(5, 26).on(0, 22.5).build(), TODAY)
                .in(org.restwise.core.units.Measures.IMPERIAL);

        assertThat(check.status()).isEqualTo(JumpStatus.NOT_RECOVERED);
        assertThat(check.words()).isEqualTo("jump 8.9 in today, 1 in under your 28-day baseline of 9.8 in");
    }

    @Test
    void oneEarlierTestIsStillLearning() {
        JumpCheck check = baseline.assess(series().on(3, 30).on(0, 20).build(), TODAY);

        assertThat(check.status()).isEqualTo(JumpStatus.LEARNING);
        assertThat(check.words()).isEqualTo("jump 20 cm today (still learning your normal: 1 of 2 tests)");
    }

    @Test
    void testsBeforeTheFourWeeksDoNotCount() {
        JumpCheck check = baseline.assess(series().on(40, 30).on(29, 30).on(0, 20).build(), TODAY);

        assertThat(check.status()).isEqualTo(JumpStatus.LEARNING);
    }

    @Test
    void noTestTodayGivesNoVerdict() {
        JumpCheck check = baseline.assess(series().on(10, 30).on(5, 32).build(), TODAY);

        assertThat(check.status()).isEqualTo(JumpStatus.NO_TEST_TODAY);
        assertThat(check.dropCm()).isEmpty();
    }
}
