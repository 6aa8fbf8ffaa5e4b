package org.restwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-29", "0001-01-01", "9999-12-31", "2024-02-29", "+10000-01-01", "-0001-06-15",
            "+999999999-12-31"})
    void aStoredDateReadsAsTheFormatterReadsIt(String stored) {
        assertThat(Columns.isoDate(stored)).isEqualTo(LocalDate.parse(stored));
    }

    @Test
    void everyDayOfSeveralYearsReadsBackAsItWasWritten() {
        for (LocalDate d = LocalDate.of(2019, 1, 1); d.getYear() < 2029; d = d.plusDays(1)) {
            assertThat(Columns.isoDate(d.toString())).isEqualTo(d);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-1a-01", "26-11-29"})
    void aDateThatIsNoneIsRefused(String stored) {
        assertThatThrownBy(() -> Columns.isoDate(stored)).isInstanceOf(DateTimeException.class);
    }
}
