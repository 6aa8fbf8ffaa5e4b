package org.restwise.formats.wellness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restwise.core.body.HrvWindow;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;

class WellnessCsvReaderTest {

    @Test
    void hrv4TrainingGivesTheMorningRmssdAndItsHeartRateAndKeepsSdnnApart() throws Exception {
        List<WellnessDay> days = Texts.read(WellnessCsvReader.hrv4Training(), """
                date,time,HR,AVNN,SDNN,rMSSD,pNN50,LF,HF,HRV4T_Recovery_Points,sleep_quality,muscle_soreness
                2024-05-06,06:40,52,1153.8,71.2,68.4,40.1,900,1200,7.9,6,3
                2024/05/07,06:42,55,1090.9,60.0,55.1,35.0,800,1000,7.2,5,5
                """);

        assertThat(days).hasSize(2);
        WellnessDay may7 = days.get(1);
        assertThat(may7.date()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(may7.hrv().orElseThrow().value().rmssdMillis()).isEqualTo(55.1);
        assertThat(may7.hrv().orElseThrow().value().heartRateBpm()).contains(55);
        assertThat(may7.hrv().orElseThrow().value().window()).isEqualTo(HrvWindow.MORNING);
        assertThat(may7.sdnn().orElseThrow().value().millis()).isEqualTo(60.0);
        assertThat(may7.hrv().orElseThrow().source()).isEqualTo(WellnessSource.HRV4TRAINING);
    }

    @Test
    void intervalsIcuWellnessIgnoresUnknownColumnsAndReadsQuotedCommentsOverLines() throws Exception {
        List<WellnessDay> days = Texts.read(WellnessCsvReader.intervalsIcu(), """
                id,restingHR,hrv,hrvSDNN,sleepSecs,sleepScore,soreness,comments,kcalConsumed
                2024-05-07,44,61.5,,27000,84,2,"legs heavy, slept badly
                after the ""long"" run",
                2024-05-08,,,,,,1,,
                """);

        assertThat(days).singleElement().satisfies(day -> {
            assertThat(day.restingHeartRate().orElseThrow().value().bpm()).isEqualTo(44);
            assertThat(day.hrv().orElseThrow().value().window()).isEqualTo(HrvWindow.UNSTATED);
            assertThat(day.sdnn()).isEmpty();
            assertThat(day.sleep().orElseThrow().value().asleep()).contains(Duration.ofHours(7).plusMinutes(30));
            assertThat(day.sleep().orElseThrow().value().score()).contains(84);
        });
    }

    @Test
    void whoopsCycleBelongsToTheMorningItEndsOn() throws Exception {
        List<WellnessDay> days = Texts.read(WellnessCsvReader.whoop(), """
                Cycle start time,Cycle end time,Cycle timezone,Recovery score %,Resting heart rate (bpm),Heart rate variability (ms),Skin temp (celsius),Blood oxygen %,Day Strain,Sleep onset,Wake onset,Sleep performance %,Asleep duration (min),In bed duration (min),Light sleep duration (min),Deep (SWS) duration (min),REM duration (min),Awake duration (min)
                2024-05-06 23:05:00,2024-05-07 22:40:00,UTC+02:00,71,47,58,33.5,96,12.1,2024-05-06 23:05:00,2024-05-07 06:35:00,88,410,450,200,100,110,40
                2024-05-07 22:40:00,,UTC+02:00,,,,,,,,,,,,,,,
                """);

        assertThat(days).singleElement().satisfies(day -> {
            assertThat(day.date()).isEqualTo(LocalDate.of(2024, 5, 7));
            assertThat(day.restingHeartRate().orElseThrow().value().bpm()).isEqualTo(47);
            assertThat(day.hrv().orElseThrow().value().rmssdMillis()).isEqualTo(58);
            assertThat(day.sleep().orElseThrow().value().asleep()).contains(Duration.ofMinutes(410));
            assertThat(day.sleep().orElseThrow().value().score()).contains(88);
        });
    }

    @Test
    void ourasMainSleepIsTakenAndItsNapsAreNot() throws Exception {
        List<WellnessDay> days = Texts.read(WellnessCsvReader.oura(), """
                day,type,average_hrv,lowest_heart_rate,total_sleep_duration,deep_sleep_duration,light_sleep_duration,rem_sleep_duration,awake_time,efficiency
                2024-05-07,long_sleep,49,42,26100,5400,14400,6300,1800,91
                2024-05-07,late_nap,30,55,1800,0,1800,0,60,80
                """);

        assertThat(days).singleElement().satisfies(day -> {
            assertThat(day.hrv().orElseThrow().value().rmssdMillis()).isEqualTo(49);
            assertThat(day.restingHeartRate().orElseThrow().value().bpm()).isEqualTo(42);
            assertThat(day.sleep().orElseThrow().value().asleep()).contains(Duration.ofSeconds(26100));
        });
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        assertThat(Texts.refusal(WellnessCsvReader.hrv4Training(), "date,HR,SDNN\n2024-05-07,55,60\n"))
                .isEqualTo("The header has no 'rMSSD' column, which HRV4Training files always have.");
    }

    @Test
    void aValueThatIsNotANumberIsRefusedWithItsLineAndColumn() {
        assertThat(Texts.refusal(WellnessCsvReader.intervalsIcu(), "id,restingHR\n2024-05-07,44\n2024-05-08,high\n"))
                .isEqualTo("Line 3, column 'restingHR': 'high' is not a number.");
    }

    @Test
    void aQuotedFieldThatNeverClosesIsATruncatedFile() {
        assertThat(Texts.refusal(WellnessCsvReader.intervalsIcu(), "id,comments\n2024-05-07,\"cut off here\n"))
                .contains("opened on line 2 never closes");
    }
}
