package org.restwise.core.body.normal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restwise.core.body.normal.Days.TODAY;
import static org.restwise.core.body.normal.Days.series;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodyReadoutTest {

    @Test
    void aSignalThatIsNotRecordedIsAbsentAndOneRecordedTooBrieflyIsLearning() {
        BodyHistory history = BodyHistory.NOTHING_RECORDED.withRmssdMs(series().dailyLn(4, 0, 4.0).build());

        BodyReadout readout = BodyReadout.of(history, TODAY);

        assertThat(readout.hrv().orElseThrow().status()).isEqualTo(HrvStatus.LEARNING);
        assertThat(readout.restingHeartRate()).isEmpty();
        assertThat(readout.sleep()).isEmpty();
        assertThat(readout.jump()).isEmpty();
        assertThat(readout.lines()).containsExactly("HRV: still learning your normal: 4 of 21 days");
    }

    @Test
    void everyRecordedSignalIsReadOnTheSameDay() {
        BodyHistory history = new BodyHistory(
                series().dailyLn(85, 5, 4.1, 3.9).dailyLn(4, 0, 3.0).build(),
                series().daily(30, 1, 50).on(0, 57).build(),
                series().daily(28, 1, 8.0).on(0, 6.2).build(),
                series().on(10, 32).on(5, 34).on(0, 30).build());

        BodyReadout readout = BodyReadout.of(history, TODAY);

        assertThat(readout.hrv().orElseThrow().daysBelow()).isEqualTo(5);
        assertThat(readout.restingHeartRate().orElseThrow().status()).isEqualTo(RestingHeartRateStatus.WELL_ABOVE);
        assertThat(readout.sleep().orElseThrow().status()).isEqualTo(SleepStatus.SHORT);
        assertThat(readout.jump().orElseThrow().status()).isEqualTo(JumpStatus.NOT_RECOVERED);
        assertThat(readout.lines()).hasSize(4).element(1)
                .isEqualTo("resting heart rate 57 bpm this morning, 7 above your 60-day average of 50");
    }

    @Test
    void aVerdictForAnotherDayIsRefused() {
        JumpCheck yesterday = new JumpBaseline().assess(series().on(1, 30).build(), TODAY.minusDays(1));

        assertThatThrownBy(() -> new BodyReadout(TODAY, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(yesterday)))
                .hasMessageContaining("jump verdict is for " + TODAY.minusDays(1));
    }
}
