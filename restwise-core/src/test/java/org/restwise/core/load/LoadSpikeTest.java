package org.restwise.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LoadSpikeTest {

    private static final LocalDate DAY_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate DAY_28 = DAY_1.plusDays(27);

    /** Three weeks alternating run and rest days at {@code base}, then a week at {@code lastWeek} a day. */
    private static DailyLoad series(double base, double lastWeek, boolean restDaysInLastWeek) {
        DailyLoad.Builder builder = DailyLoad.builder();
        for (int day = 0; day < 28; day++) {
            boolean restDay = day % 2 == 1 && (day < 21 || restDaysInLastWeek);
            builder.add(DAY_1.plusDays(day), restDay ? 0 : day < 21 ? base : lastWeek);
        }
        return builder.build();
    }

    @Test
    void aDoubledWeekIsASpike() {
        LoadSpike spike = LoadSpike.assess(series(100, 200, true), DAY_28);

        assertThat(spike.acuteFarAboveChronic()).isTrue();
        assertThat(spike.acwr().ratio()).hasValueCloseTo(1.636364, within(1e-6)); // (600/7) / (1100/21)
        assertThat(spike.isSpike()).isTrue();
    }

    @Test
    void aSteadyVariedWeekIsNoSpike() {
        LoadSpike spike = LoadSpike.assess(series(100, 100, true), DAY_28);

        assertThat(spike.isSpike()).isFalse();
        assertThat(spike.monotony().monotony()).isPresent();
    }

    @Test
    void aWeekWithoutRestDaysIsMonotonous() {
        LoadSpike spike = LoadSpike.assess(series(100, 60, false), DAY_28);

        assertThat(spike.acuteFarAboveChronic()).isFalse();
        assertThat(spike.highMonotony()).isTrue();
        assertThat(spike.monotony().identicalDays()).isTrue();
    }

    @Test
    void aShortHistoryIsNeverAnAcwrSpike() {
        DailyLoad load = DailyLoad.builder().add(DAY_28.minusDays(1), 0).add(DAY_28, 1_000).build();

        assertThat(LoadSpike.assess(load, DAY_28).acuteFarAboveChronic()).isFalse();
    }
}
