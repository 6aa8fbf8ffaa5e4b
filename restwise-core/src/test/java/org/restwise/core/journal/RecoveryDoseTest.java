package org.restwise.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecoveryDoseTest {

    private static RecoveryDose.Effort effort(int minutes, Integer avgHr, Double gap) {
        return new RecoveryDose.Effort(minutes, Optional.ofNullable(avgHr), Optional.ofNullable(gap));
    }

    @Test
    void thirtyEasyMinutesStayRecovery() {
        assertThat(RecoveryDose.check(effort(30, 120, 420.0), Optional.of(185), Optional.of(400.0))).isEmpty();
    }

    @Test
    void fortyMinutesIsStillTheDoseAndFortyOneIsNot() {
        assertThat(RecoveryDose.check(effort(40, null, null), Optional.empty(), Optional.empty())).isEmpty();
        assertThat(RecoveryDose.check(effort(41, null, null), Optional.empty(), Optional.empty()))
                .contains("41 minutes is longer than the 40-minute recovery dose");
    }

    @Test
    void averageHeartRateAboveSeventyPercentOfMaximumIsMediumWork() {
        // 70 % of 185 is 129.5, rounded to 130 bpm: 130 is still easy, 131 is not.
        assertThat(RecoveryDose.check(effort(30, 130, null), Optional.of(185), Optional.empty())).isEmpty();
        assertThat(RecoveryDose.check(effort(30, 131, null), Optional.of(185), Optional.empty()))
                .contains("average heart rate 131 bpm is above the easy range (up to 130 bpm, 70 % of your maximum)");
    }

    @Test
    void withoutAMaximumHeartRateTheHeartRateIsNotJudged() {
        assertThat(RecoveryDose.check(effort(30, 175, null), Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void gradeAdjustedPaceMoreThanTenPercentFasterThanEasyIsMediumWork() {
        // Easy is 6:40/km (400 s); 10 % faster is 360 s. A hilly "walk" at 5:50/km grade-adjusted was not easy.
        assertThat(RecoveryDose.check(effort(30, null, 361.0), Optional.empty(), Optional.of(400.0))).isEmpty();
        assertThat(RecoveryDose.check(effort(30, null, 350.0), Optional.empty(), Optional.of(400.0)))
                .contains("grade-adjusted pace 5:50/km is more than 10 % faster than your easy pace (6:40/km):"
                        + " the effort, hills included, was not easy");
    }

    @Test
    void everyFailedCheckIsNamed() {
        assertThat(RecoveryDose.check(effort(55, 150, null), Optional.of(185), Optional.empty()).orElseThrow())
                .startsWith("55 minutes is longer").contains("; average heart rate 150 bpm");
    }

    @Test
    void easyPaceIsTheMedianOfAtLeastThreeEasySessions() {
        assertThat(RecoveryDose.easyPace(List.of(400.0, 380.0))).isEmpty();
        assertThat(RecoveryDose.easyPace(List.of(420.0, 380.0, 400.0))).contains(400.0);
        assertThat(RecoveryDose.easyPace(List.of(420.0, 380.0, 400.0, 410.0))).contains(405.0);
    }
}
