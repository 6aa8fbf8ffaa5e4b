package org.restwise.app.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainNumbersTest {

    record Measures(double distanceMeters, Optional<Double> flatEquivalentMeters, Double grade, List<Double> splits) {
    }

    @Test
    void tenThousandKilometresAndTinyGradesAreWrittenWithoutAnExponent() {
        String json = Json.pretty(new Measures(1.0E7, Optional.of(12_345_678.9), 2.5E-5, List.of(3.0E8, 412.5)));

        assertThat(json).doesNotContainPattern("[0-9][eE][-+0-9]").contains("\"distanceMeters\": 10000000")
                .contains("12345678.9").contains("0.000025").contains("300000000").contains("412.5");
    }

    @Test
    void theNumbersReadBackAsTheSameValues() throws Exception {
        String json = Json.pretty(new Measures(1.0E7, Optional.empty(), 2.5E-5, List.of()));

        var read = Json.mapper().readTree(json);
        assertThat(read.get("distanceMeters").asDouble()).isEqualTo(1.0E7);
        assertThat(read.get("grade").asDouble()).isEqualTo(2.5E-5);
        assertThat(read.get("flatEquivalentMeters").isNull()).isTrue();
    }
}
