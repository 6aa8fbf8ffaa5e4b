package org.restwise.core.checkin;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangeTest {

    @ParameterizedTest
    @CsvSource({
        "25,        got 25",
        "24.5,      got 24.5",
        "1e308,     got 1.0E308",
        "-1e308,    got -1.0E308",
        "1e19,      got 1.0E19",
        "Infinity,  got Infinity",
        "NaN,       got NaN",
    })
    void aRefusedValueIsQuotedAsGivenNeverClippedToALong(double value, String quoted) {
        assertThatThrownBy(() -> Range.check("signals.sleepHours", value, Range.HOURS_OF_SLEEP))
                .hasMessageEndingWith(quoted)
                .hasMessageNotContaining("9223372036854775807");
    }
}
