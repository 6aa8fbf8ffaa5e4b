package org.restwise.formats.wellness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessDays;

class GarminConnectJsonReaderTest {

    @TempDir
    Path dir;

    @Test
    void aGarminExportFolderGivesSleepHrvAndRestingHeartRate() throws Exception {
        Path wellness = Files.createDirectories(dir.resolve("DI_CONNECT/DI-Connect-Wellness"));
        Files.writeString(wellness.resolve("2024-04-08_2024-07-17_123_sleepData.json"), """
                [{"sleepStartTimestampGMT":"2024-05-06T21:30:00.0","calendarDate":"2024-05-07",
                  "deepSleepSeconds":3600,"lightSleepSeconds":14400,"remSleepSeconds":5400,"awakeSleepSeconds":600,
                  "sleepScores":{"overallScore":82,"qualityScore":80}},
                 {"calendarDate":"2024-05-08","deepSleepSeconds":null,"unmeasurableSeconds":0}]
                """, StandardCharsets.UTF_8);
        Files.writeString(wellness.resolve("123_healthStatusData.json"), """
                [{"calendarDate":"2024-05-07","metrics":[
                   {"type":"HRV","value":47.0,"status":"IN_RANGE"},
                   {"type":"HR","value":43.0},{"type":"SPO2","value":96.0}]}]
                """, StandardCharsets.UTF_8);
        Files.writeString(wellness.resolve("notes.txt"), "not read", StandardCharsets.UTF_8);

        List<WellnessOutcome> outcomes = new ArrayList<>();
        new WellnessFiles(ZoneId.of("UTC")).read(dir, outcomes::add);
        WellnessDays days = new WellnessDays();
        outcomes.forEach(o -> ((WellnessOutcome.Read) o).days().forEach(days));

        assertThat(outcomes).hasSize(2);
        WellnessDay day = days.days().get(0);
        assertThat(day.date()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(day.sleep().orElseThrow().value().asleep()).contains(Duration.ofSeconds(3600 + 14400 + 5400));
        assertThat(day.sleep().orElseThrow().value().score()).contains(82);
        assertThat(day.hrv().orElseThrow().value().rmssdMillis()).isEqualTo(47);
        assertThat(day.restingHeartRate().orElseThrow().value().bpm()).isEqualTo(43);
        assertThat(days.size()).isEqualTo(1);
    }

    @Test
    void aBareApiAnswerIsReadWithoutItsRecordedRequest() throws Exception {
        List<WellnessDay> days = Texts.read(new GarminConnectJsonReader(), """
                {"hrvSummaries":[{"calendarDate":"2024-05-07","weeklyAvg":45,"lastNightAvg":50,
                  "baseline":{"lowUpper":35,"balancedLow":40,"balancedUpper":55},"status":"BALANCED"}]}
                """);

        assertThat(days).singleElement().satisfies(d -> assertThat(d.hrv().orElseThrow().value().rmssdMillis()).isEqualTo(50));
    }

    @Test
    void aBareValueIsNotTakenAsASleepScoreUnlessTheRequestWasForSleep() {
        assertThat(Texts.refusal(new GarminConnectJsonReader(), "[{\"calendarDate\":\"2024-05-07\",\"value\":60}]"))
                .contains("no HRV, resting heart rate or sleep");
    }

    @Test
    void aDateThatIsNotADateIsRefusedWithTheEntrysLine() {
        assertThat(Texts.refusal(new GarminConnectJsonReader(), "[\n{\"calendarDate\":\"7 May\",\"restingHeartRate\":44}]"))
                .isEqualTo("The entry starting at line 2 has calendarDate '7 May', which is not a date like 2023-07-20.");
    }

    @Test
    void truncatedJsonIsRefusedWithWhereItEnds() {
        assertThat(Texts.refusal(new GarminConnectJsonReader(), "[{\"calendarDate\":\"2024-05-07\",\"restingHeartRate\":4"))
                .startsWith("The file is not valid JSON at line 1");
    }
}
