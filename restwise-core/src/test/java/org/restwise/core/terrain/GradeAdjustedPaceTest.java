package org.restwise.core.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.restwise.core.units.Pace;
import org.restwise.core.units.PaceUnit;

class GradeAdjustedPaceTest {

    // 360 s / ratio, ratios from MinettiRunningCostTest.
    @ParameterizedTest(name = "{0} at {1}: {2} s/km = {3}")
    @CsvSource({
        "6:00, 0.00, 360.000, 6:00",
        "6:00, 0.10, 217.150, 3:37",
        "6:00, -0.10, 602.313, 10:02",
        "6:00, 0.20, 143.893, 2:24",
        "12:00, 0.30, 206.053, 3:26",
    })
    void flatEquivalentIsPaceDividedByCostRatio(String pace, double grade, double seconds, String formatted) {
        GradeAdjustedPace gap = GradeAdjustedPace.of(Pace.parse(pace, PaceUnit.PER_KILOMETRE), grade,
                GradeCostModel.minetti());

        assertThat(gap.flatEquivalent().secondsPerKilometre()).isCloseTo(seconds, within(1e-3));
        assertThat(gap.flatEquivalent().format(PaceUnit.PER_KILOMETRE)).isEqualTo(formatted);
    }

    @Test
    void aMilePaceStaysAMilePace() {
        GradeAdjustedPace gap = GradeAdjustedPace.of(Pace.parse("10:00", PaceUnit.PER_MILE), 0.10,
                GradeCostModel.minetti());

        assertThat(gap.flatEquivalent().secondsPer(PaceUnit.PER_MILE)).isCloseTo(361.917, within(1e-3));
    }

    @Test
    void namesTheModel() {
        GradeAdjustedPace gap = GradeAdjustedPace.of(Pace.ofSecondsPerKilometre(300), 0, GradeCostModel.minetti());

        assertThat(gap.model()).isEqualTo("Minetti et al. 2002 running cost");
    }

    @Test
    void refusesAGradeOutsideTheFit() {
        assertThatThrownBy(() -> GradeAdjustedPace.of(Pace.ofSecondsPerKilometre(300), -0.5, GradeCostModel.minetti()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
