package org.restwise.core.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinettiRunningCostTest {

    private final GradeCostModel minetti = GradeCostModel.minetti();

    // Cr(i) by hand from the published polynomial, divided by 3.6 J/kg/m.
    @ParameterizedTest(name = "grade {0}: ratio {1}")
    @CsvSource({
        "0.00, 1.000000",
        "0.05, 1.301443",
        "0.10, 1.657837",
        "-0.10, 0.597696",
        "0.20, 2.501858",
        "-0.20, 0.500009",
        "0.30, 3.494245",
        "0.45, 5.396115",
        "-0.45, 1.120085",
    })
    void costRatioMatchesThePolynomialWorkedByHand(double grade, double ratio) {
        assertThat(minetti.costRatio(grade)).isCloseTo(ratio, within(1e-6));
    }

    @Test
    void gradesBeyondTheFitAreClampedToIt() {
        assertThat(minetti.costRatio(0.80)).isEqualTo(minetti.costRatio(0.45));
    }

    @Test
    void requireFittedGradeRefusesGradesBeyondFortyFivePercent() {
        assertThatThrownBy(() -> minetti.requireFittedGrade(0.46))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("grade must be between -45 % and 45 % for the Minetti et al. 2002 running cost model, got 46 %");
    }

    @Test
    void requireFittedGradeRefusesNaN() {
        assertThatThrownBy(() -> minetti.requireFittedGrade(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
