package org.restwise.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcwrRollingTest {

    private static final LocalDate DAY_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate DAY_28 = DAY_1.plusDays(27);

    /** Three weeks of 100 a day, then a week of 200 a day. */
    private static DailyLoad doubledLastWeek() {
        DailyLoad.Builder builder = DailyLoad.builder();
        for (int day = 0; day < 28; day++) {
            builder.add(DAY_1.plusDays(day), day < 21 ? 100 : 200);
        }
        return builder.build();
    }

    @Test
    void uncoupledComparesTheWeekWithTheThreeWeeksBeforeIt() {
        Acwr acwr = AcwrRolling.uncoupled(doubledLastWeek(), DAY_28);

        assertThat(acwr.acute()).isCloseTo(200, within(1e-9));
        assertThat(acwr.chronic()).isCloseTo(100, within(1e-9));
        assertThat(acwr.ratio()).hasValueCloseTo(2.0, within(1e-9));
        assertThat(acwr.method()).isEqualTo(AcwrMethod.UNCOUPLED);
    }

    @Test
    void coupledIncludesTheWeekInItsOwnBaseline() {
        Acwr acwr = AcwrRolling.coupled(doubledLastWeek(), DAY_28);

        assertThat(acwr.chronic()).isCloseTo(125, within(1e-9));
        assertThat(acwr.ratio()).hasValueCloseTo(1.6, within(1e-9)); // 4·2 / (2 + 3)
    }

    @Test
    void noRatioBeforeTwentyEightDaysOfHistory() {
        Acwr acwr = AcwrRolling.uncoupled(doubledLastWeek(), DAY_28.minusDays(1));

        assertThat(acwr.ratio()).isEmpty();
        assertThat(acwr.acute()).isGreaterThan(0);
    }

    @Test
    void noRatioWhenChronicLoadIsZero() {
        DailyLoad load = DailyLoad.builder().add(DAY_1, 0).add(DAY_28, 500).build();

        assertThat(AcwrRolling.uncoupled(load, DAY_28).ratio()).isEmpty();
    }

    @Test
    void missingDaysCountAsZeroAndAreCounted() {
        DailyLoad load = DailyLoad.builder().add(DAY_1, 280).add(DAY_28, 70).build();

        Acwr acwr = AcwrRolling.coupled(load, DAY_28);

        assertThat(acwr.acute()).isCloseTo(10, within(1e-9));
        assertThat(acwr.chronic()).isCloseTo(12.5, within(1e-9));
        assertThat(acwr.daysWithData()).isEqualTo(2);
    }
}
