package org.restwise.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FitnessFatigueTest {

    private static final LocalDate DAY_1 = LocalDate.of(2026, 11, 1);

    @Test
    void firstDaysOfAConstantLoadByHand() {
        DailyLoad.Builder builder = DailyLoad.builder();
        for (int day = 0; day < 3; day++) {
            builder.add(DAY_1.plusDays(day), 100);
        }

        List<FitnessFatigue> days = FitnessFatigue.series(builder.build(), DAY_1, DAY_1.plusDays(2));

        assertThat(days.get(0).fitness()).isCloseTo(2.380952, within(1e-6));   // 100/42
        assertThat(days.get(0).fatigue()).isCloseTo(14.285714, within(1e-6));  // 100/7
        assertThat(days.get(0).form()).isZero();
        assertThat(days.get(1).form()).isCloseTo(-11.904762, within(1e-6));    // yesterday's CTL − ATL
        assertThat(days.get(2).fitness()).isCloseTo(6.974139, within(1e-6));
        assertThat(days.get(2).form()).isCloseTo(-21.825397, within(1e-6));
    }

    @Test
    void countsDaysWithDataInTheFortyTwoDayWindow() {
        DailyLoad load = DailyLoad.builder().add(DAY_1, 50).add(DAY_1.plusDays(41), 50).add(DAY_1.plusDays(42), 50).build();

        assertThat(FitnessFatigue.on(load, DAY_1.plusDays(42)).daysWithData()).isEqualTo(2);
    }

    @Test
    void onAgreesWithSeries() {
        DailyLoad load = DailyLoad.builder().add(DAY_1, 50).add(DAY_1.plusDays(10), 300).build();

        assertThat(FitnessFatigue.on(load, DAY_1.plusDays(12)))
                .isEqualTo(FitnessFatigue.series(load, DAY_1, DAY_1.plusDays(12)).get(12));
    }
}
