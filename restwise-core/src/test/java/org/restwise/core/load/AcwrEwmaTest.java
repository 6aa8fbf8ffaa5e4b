package org.restwise.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcwrEwmaTest {

    private static final LocalDate DAY_1 = LocalDate.of(2026, 11, 1);

    @Test
    void lambdaIsTwoOverNPlusOne() {
        assertThat(AcwrEwma.lambda(7)).isEqualTo(0.25);
        assertThat(AcwrEwma.lambda(28)).isCloseTo(0.0689655, within(1e-7));
    }

    @Test
    void theAveragesStartAtTheFirstDayAndDecayOnARestDay() {
        DailyLoad load = DailyLoad.builder().add(DAY_1, 100).build();

        List<Acwr> series = AcwrEwma.series(load, DAY_1, DAY_1.plusDays(1));

        assertThat(series.get(0).acute()).isEqualTo(100);
        assertThat(series.get(1).acute()).isCloseTo(75, within(1e-9));
        assertThat(series.get(1).chronic()).isCloseTo(93.103448, within(1e-6));
    }

    @Test
    void aDayBeforeTheSeriesHasNoLoad() {
        DailyLoad load = DailyLoad.builder().add(DAY_1, 100).build();

        Acwr before = AcwrEwma.at(load, DAY_1.minusDays(3));

        assertThat(before.acute()).isZero();
        assertThat(before.ratio()).isEmpty();
    }

    @Test
    void atAndSeriesAgree() {
        DailyLoad load = DailyLoad.builder().add(DAY_1, 100).add(DAY_1.plusDays(30), 400).build();
        LocalDate today = DAY_1.plusDays(31);

        assertThat(AcwrEwma.at(load, today))
                .isEqualTo(AcwrEwma.series(load, DAY_1, today).get(31));
    }
}
