package org.restwise.core.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlatEquivalentTest {

    @ParameterizedTest(name = "{0} km at {1}: {2} km")
    @CsvSource({
        "10, 0.00, 10.000000",
        "10, 0.10, 16.578372",
        "10, -0.10, 5.976961",
        "5, 0.20, 12.509289",
        "0, 0.20, 0.000000",
    })
    void flatEquivalentIsDistanceTimesCostRatio(double km, double grade, double flatKm) {
        FlatEquivalent flat = FlatEquivalent.of(km, grade, GradeCostModel.minetti());

        assertThat(flat.flatEquivalentKm()).isCloseTo(flatKm, within(1e-6));
    }

    @Test
    void segmentMetresUseTheElevationChangeAsGrade() {
        assertThat(FlatEquivalent.segmentMetres(100, 10, GradeCostModel.minetti())).isCloseTo(165.78372, within(1e-5));
    }

    @Test
    void aZeroLengthSegmentAddsNothing() {
        assertThat(FlatEquivalent.segmentMetres(0, 3, GradeCostModel.minetti())).isZero();
    }

    @Test
    void refusesNegativeDistance() {
        assertThatThrownBy(() -> FlatEquivalent.of(-1, 0, GradeCostModel.minetti()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1.0");
    }
}
