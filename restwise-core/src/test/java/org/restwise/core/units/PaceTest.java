package org.restwise.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaceTest {

    @Test
    void parsesMinutesAndSecondsPerKilometre() {
        assertThat(Pace.parse("6:05", PaceUnit.PER_KILOMETRE).secondsPerKilometre()).isEqualTo(365);
    }

    @Test
    void parsesMinutesPerMileIntoSecondsPerKilometre() {
        assertThat(Pace.parse("8:00", PaceUnit.PER_MILE).secondsPerKilometre()).isCloseTo(298.2582, within(1e-4));
    }

    @Test
    void formatsRoundedToTheSecond() {
        assertThat(Pace.ofSecondsPerKilometre(217.6).format(PaceUnit.PER_KILOMETRE)).isEqualTo("3:38");
    }

    @Test
    void formatsPerMile() {
        assertThat(Pace.ofSecondsPerKilometre(300).format(PaceUnit.PER_MILE)).isEqualTo("8:03");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7:7x", "6:75", "6", "6:5", ":30", "0:00", "-5:00", "", "6:00:00"})
    void refusesWhatIsNotAPace(String text) {
        assertThatThrownBy(() -> Pace.parse(text, PaceUnit.PER_KILOMETRE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }
}
