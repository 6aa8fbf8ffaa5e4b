package org.restwise.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MonotonyTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate SUNDAY = MONDAY.plusDays(6);

    @Test
    void monotonyIsMeanOverPopulationStandardDeviation() {
        // 300, rest, 450, 300, rest, 600, 300: mean 278.571, SD 203.289
        DailyLoad load = DailyLoad.builder().add(MONDAY, 300).add(MONDAY.plusDays(2), 450)
                .add(MONDAY.plusDays(3), 300).add(MONDAY.plusDays(5), 600).add(SUNDAY, 300).build();

        Monotony week = Monotony.weekEnding(load, SUNDAY);

        assertThat(week.weeklyLoad()).isEqualTo(1950);
        assertThat(week.standardDeviation()).isCloseTo(203.289278, within(1e-6));
        assertThat(week.monotony()).hasValueCloseTo(1.370320, within(1e-6));
        assertThat(week.strain()).hasValueCloseTo(2672.124623, within(1e-6));
        assertThat(week.daysWithData()).isEqualTo(5);
    }

    @Test
    void identicalDaysHaveNoMonotonyFigureButSaySo() {
        DailyLoad.Builder builder = DailyLoad.builder();
        MONDAY.datesUntil(SUNDAY.plusDays(1)).forEach(day -> builder.add(day, 200));

        Monotony week = Monotony.weekEnding(builder.build(), SUNDAY);

        assertThat(week.monotony()).isEmpty();
        assertThat(week.identicalDays()).isTrue();
    }

    @Test
    void anEmptyWeekIsNotMonotonous() {
        Monotony week = Monotony.weekEnding(DailyLoad.empty(), SUNDAY);

        assertThat(week.identicalDays()).isFalse();
        assertThat(week.monotony()).isEmpty();
    }
}
