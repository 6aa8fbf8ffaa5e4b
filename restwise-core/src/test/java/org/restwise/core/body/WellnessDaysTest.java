package org.restwise.core.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WellnessDaysTest {

    @Test
    void daysOfTheSameDateAreMergedAndListedOldestFirst() {
        WellnessDays days = new WellnessDays();
        LocalDate may7 = LocalDate.of(2024, 5, 7);
        days.accept(WellnessDay.on(may7).withRestingHeartRate(new RestingHeartRate(45), WellnessSource.GARMIN_MONITORING));
        days.accept(WellnessDay.on(may7.minusDays(1)).withSdnn(new Sdnn(50), WellnessSource.APPLE_HEALTH));
        days.accept(WellnessDay.on(may7).withSdnn(new Sdnn(60), WellnessSource.APPLE_HEALTH));
        days.accept(WellnessDay.on(may7.plusDays(1)));

        assertThat(days.days()).extracting(WellnessDay::date).containsExactly(may7.minusDays(1), may7);
        assertThat(days.days().get(1).restingHeartRate()).isPresent();
        assertThat(days.days().get(1).sdnn()).isPresent();
    }
}
