package org.restwise.core.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KmEffortTest {

    @ParameterizedTest(name = "{0} km + {1} m D+ = {2}")
    @CsvSource({
        "42.195, 0, 42.195",
        "50, 3000, 80",
        "171, 10000, 271", // the UTMB loop, roughly
        "0, 250, 2.5",
    })
    void addsOneKilometrePerHundredMetresOfAscent(double km, double ascent, double effort) {
        assertThat(new KmEffort(km, ascent).kmEffort()).isCloseTo(effort, within(1e-9));
    }

    @Test
    void refusesNegativeAscent() {
        assertThatThrownBy(() -> new KmEffort(10, -5)).isInstanceOf(IllegalArgumentException.class);
    }
}
