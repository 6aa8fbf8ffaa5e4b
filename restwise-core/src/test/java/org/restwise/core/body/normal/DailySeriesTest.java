package org.restwise.core.body.normal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.restwise.core.body.normal.Days.TODAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DailySeriesTest {

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, -1.0, Double.POSITIVE_INFINITY})
    void aReadingThatIsNotAFiniteNumberOfZeroOrMoreIsRefused(double value) {
        TreeMap<LocalDate, Double> values = new TreeMap<>(Map.of(TODAY, value));

        assertThatThrownBy(() -> new DailySeries(values))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(value + " on " + TODAY);
    }

    @Test
    void windowsCountDaysNotReadings() {
        DailySeries series = Days.series().on(7, 1).on(6, 2).on(3, 3).on(0, 4).build();

        assertThat(series.daysEnding(TODAY, 7)).containsExactly(2.0, 3.0, 4.0);
        assertThat(series.daysBefore(TODAY, 7)).containsExactly(1.0, 2.0, 3.0);
        assertThat(series.daysBefore(TODAY, 0)).isEmpty();
    }

    @Test
    void theSeriesCannotBeChangedFromOutside() {
        TreeMap<LocalDate, Double> values = new TreeMap<>(Map.of(TODAY, 1.0));
        DailySeries series = new DailySeries(values);

        values.put(TODAY.minusDays(1), 2.0);

        assertThat(series.size()).isEqualTo(1);
        assertThatThrownBy(() -> series.values().put(TODAY, 3.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aSpreadIsTheSampleStandardDeviation() {
        Spread spread = Spread.of(List.of(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0));

        // by hand: mean 5, squares 32, sd √(32 / 7) = 2.138090
        assertThat(spread.mean()).isEqualTo(5.0);
        assertThat(spread.standardDeviation()).isCloseTo(2.138090, within(1e-6));
        assertThat(spread.coefficientOfVariationPercent().orElseThrow()).isCloseTo(42.7618, within(1e-4));
    }
}
