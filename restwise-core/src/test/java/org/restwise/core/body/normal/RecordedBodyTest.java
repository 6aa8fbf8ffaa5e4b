package org.restwise.core.body.normal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restwise.core.body.HrvReading;
import org.restwise.core.body.HrvWindow;
import org.restwise.core.body.RestingHeartRate;
import org.restwise.core.body.Sdnn;
import org.restwise.core.body.Sleep;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;

class RecordedBodyTest {

    private static final LocalDate TODAY = Days.TODAY;

    private static WellnessDay hrv(int daysAgo, double ms, HrvWindow window) {
        return WellnessDay.on(TODAY.minusDays(daysAgo))
                .withHrv(HrvReading.reported(ms, Optional.empty(), window), WellnessSource.GARMIN_HRV_STATUS);
    }

    @Test
    void morningAndOvernightHrvAreNeverInOneSeries() {
        List<WellnessDay> days = new ArrayList<>();
        for (int ago = 30; ago >= 1; ago--) {
            days.add(hrv(ago, 60, HrvWindow.OVERNIGHT));
        }
        days.add(hrv(0, 40, HrvWindow.MORNING));

        BodyHistory history = RecordedBody.history(days, Map.of(), TODAY);

        assertThat(history.rmssdMs().size()).isEqualTo(30);
        assertThat(history.rmssdMs().on(TODAY)).as("the lone morning reading is left out").isEmpty();
        assertThat(RecordedBody.hrvWindow(days, TODAY)).contains(HrvWindow.OVERNIGHT);
    }

    @Test
    void onATieTheWindowOfTheLatestReadingIsFollowed() {
        List<WellnessDay> days = List.of(hrv(3, 50, HrvWindow.OVERNIGHT), hrv(2, 45, HrvWindow.MORNING));
        assertThat(RecordedBody.hrvWindow(days, TODAY)).contains(HrvWindow.MORNING);
        assertThat(RecordedBody.history(days, Map.of(), TODAY).rmssdMs().values()).containsOnlyKeys(TODAY.minusDays(2));
    }

    @Test
    void readingsOlderThanTheNormalDoNotChooseTheWindow() {
        List<WellnessDay> days = new ArrayList<>();
        for (int ago = 200; ago >= 100; ago--) {
            days.add(hrv(ago, 60, HrvWindow.OVERNIGHT));
        }
        days.add(hrv(5, 40, HrvWindow.MORNING));
        days.add(hrv(4, 41, HrvWindow.MORNING));
        assertThat(RecordedBody.hrvWindow(days, TODAY)).contains(HrvWindow.MORNING);
    }

    @Test
    void eachSignalGoesToItsOwnSeriesAndSdnnToNone() {
        WellnessDay day = WellnessDay.on(TODAY)
                .withRestingHeartRate(new RestingHeartRate(44), WellnessSource.MANUAL)
                .withSdnn(new Sdnn(70), WellnessSource.APPLE_HEALTH)
                .withSleep(Sleep.ofDuration(Duration.ofMinutes(450)), WellnessSource.OURA);
        WellnessDay scoreOnly = WellnessDay.on(TODAY.minusDays(1)).withSleep(Sleep.ofScore(80), WellnessSource.OURA);

        BodyHistory history = RecordedBody.history(List.of(day, scoreOnly),
                Map.of(TODAY, JumpTest.of(30, 31, 32)), TODAY);

        assertThat(history.rmssdMs().isEmpty()).as("SDNN is not rMSSD").isTrue();
        assertThat(history.restingHeartRateBpm().on(TODAY)).contains(44.0);
        assertThat(history.sleepHours().values()).containsExactly(Map.entry(TODAY, 7.5));
        assertThat(history.jumpCm().on(TODAY)).contains(32.0);
    }

    @Test
    void daysAfterTodayAreNotPartOfTodaysHistory() {
        WellnessDay tomorrow = WellnessDay.on(TODAY.plusDays(1)).withRestingHeartRate(new RestingHeartRate(44), WellnessSource.MANUAL);
        BodyHistory history = RecordedBody.history(List.of(tomorrow), Map.of(TODAY.plusDays(1), JumpTest.of(30, 31, 32)), TODAY);
        assertThat(history).isEqualTo(BodyHistory.NOTHING_RECORDED);
    }
}
