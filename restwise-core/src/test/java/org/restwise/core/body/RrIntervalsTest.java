package org.restwise.core.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RrIntervalsTest {

    @ParameterizedTest(name = "{0} ms")
    @ValueSource(doubles = {0, -800, 0.8, 249.9, 2500.1, 65535, Double.NaN})
    void anImplausibleIntervalIsRefusedWithItsValue(double millis) {
        assertThatThrownBy(() -> RrIntervals.of(800, millis))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RR interval 1");
    }

    @Test
    void aRecordingRemovesImplausibleValuesAndLeavesAGapInTheirPlace() {
        RrIntervals.Recording recording = new RrIntervals.Recording();
        for (double ms : new double[] {800, 810, 3100, 820, 830}) {
            recording.add(ms);
        }

        RrIntervals intervals = recording.build();

        assertThat(intervals.millis()).containsExactly(800.0, 810.0, 820.0, 830.0);
        assertThat(intervals.removedAtReading()).isEqualTo(1);
        assertThat(intervals.recorded()).isEqualTo(5);
        assertThat(intervals.followsPrevious(2)).isFalse();
        assertThat(intervals.followsPrevious(3)).isTrue();
    }

    @Test
    void implausibleValuesAtTheStartLeaveNoGap() {
        RrIntervals.Recording recording = new RrIntervals.Recording();
        recording.add(0);
        recording.add(800);
        recording.add(810);

        assertThat(recording.build().gapsBefore()).isEmpty();
    }

    @Test
    void gapsOutsideTheIntervalsAreRefused() {
        assertThatThrownBy(() -> new RrIntervals(List.of(800.0, 810.0), List.of(2), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gaps");
    }
}
