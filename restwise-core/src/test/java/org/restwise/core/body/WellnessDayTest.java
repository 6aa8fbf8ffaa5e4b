package org.restwise.core.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WellnessDayTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 7);

    private static HrvReading overnight(double ms) {
        return HrvReading.reported(ms, Optional.empty(), HrvWindow.OVERNIGHT);
    }

    @Test
    void aChestStrapMorningRecordingBeatsAWristOvernightValue() {
        WellnessDay wrist = WellnessDay.on(DAY).withHrv(overnight(55), WellnessSource.GARMIN_HRV_STATUS);
        WellnessDay strap = WellnessDay.on(DAY).withHrv(HrvReading.reported(43, Optional.of(61), HrvWindow.MORNING),
                WellnessSource.FIT_RR);

        assertThat(wrist.merge(strap).hrv().orElseThrow().source()).isEqualTo(WellnessSource.FIT_RR);
        assertThat(strap.merge(wrist).hrv().orElseThrow().source()).isEqualTo(WellnessSource.FIT_RR);
    }

    @Test
    void theRunnersOwnEntryBeatsEveryDevice() {
        WellnessDay device = WellnessDay.on(DAY).withRestingHeartRate(new RestingHeartRate(44), WellnessSource.POLAR_RR);
        WellnessDay typed = WellnessDay.on(DAY).withRestingHeartRate(new RestingHeartRate(47), WellnessSource.MANUAL);

        assertThat(device.merge(typed).restingHeartRate().orElseThrow().value().bpm()).isEqualTo(47);
    }

    @Test
    void aCopyThroughAnAggregatorNeverReplacesTheOriginal() {
        WellnessDay garmin = WellnessDay.on(DAY).withSleep(Sleep.ofDuration(Duration.ofHours(7)), WellnessSource.GARMIN_CONNECT_JSON);
        WellnessDay icu = WellnessDay.on(DAY).withSleep(Sleep.ofDuration(Duration.ofHours(6)), WellnessSource.INTERVALS_ICU);

        assertThat(garmin.merge(icu).sleep().orElseThrow().source()).isEqualTo(WellnessSource.GARMIN_CONNECT_JSON);
    }

    @Test
    void mergingTakesEachSignalFromWhereverItIsBest() {
        WellnessDay apple = WellnessDay.on(DAY).withSdnn(new Sdnn(62), WellnessSource.APPLE_HEALTH)
                .withRestingHeartRate(new RestingHeartRate(50), WellnessSource.APPLE_HEALTH);
        WellnessDay polar = WellnessDay.on(DAY).withHrv(HrvReading.reported(40, Optional.empty(), HrvWindow.MORNING),
                WellnessSource.POLAR_RR);

        WellnessDay merged = apple.merge(polar);

        assertThat(merged.hrv().orElseThrow().source()).isEqualTo(WellnessSource.POLAR_RR);
        assertThat(merged.sdnn().orElseThrow().value().millis()).isEqualTo(62);
        assertThat(merged.restingHeartRate()).isPresent();
    }

    @Test
    void onATieTheValueAlreadyThereStays() {
        WellnessDay first = WellnessDay.on(DAY).withHrv(overnight(50), WellnessSource.OURA);
        WellnessDay second = WellnessDay.on(DAY).withHrv(overnight(60), WellnessSource.OURA);

        assertThat(first.merge(second).hrv().orElseThrow().value().rmssdMillis()).isEqualTo(50);
    }

    @Test
    void twoDifferentDatesCannotBeMerged() {
        assertThatThrownBy(() -> WellnessDay.on(DAY).merge(WellnessDay.on(DAY.plusDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNightNeedsItsDurationOrAScore() {
        assertThatThrownBy(() -> new Sleep(Optional.empty(), Optional.of(Duration.ofHours(1)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRestingHeartRateOutsideTwentyToOneHundredFiftyIsRefused() {
        assertThatThrownBy(() -> new RestingHeartRate(0)).hasMessageContaining("got 0");
    }
}
