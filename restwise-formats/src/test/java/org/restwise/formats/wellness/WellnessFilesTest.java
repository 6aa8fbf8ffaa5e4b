package org.restwise.formats.wellness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WellnessFilesTest {

    @TempDir
    Path dir;

    private static WellnessFormat detect(String name, String head) throws UnreadableWellnessException {
        return WellnessFiles.detect(name, head.getBytes(StandardCharsets.UTF_8), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rr.txt | Phone timestamp;RR-interval [ms]\\n2025-03-23T08:15:56.486;1039 | POLAR_SENSOR_LOGGER",
        "x.hrm | [Params]\\r\\nVersion=106 | POLAR_HRM",
        "beats.txt | 812\\n830\\n | RR_LIST",
        "anything.dat | \uFEFF  [{\"calendarDate\":\"2024-05-07\"}] | GARMIN_JSON",
        "export.xml | <?xml version=\"1.0\"?>\\n<!DOCTYPE HealthData [\\n]>\\n<HealthData locale=\"en\"> | APPLE_HEALTH",
        "mine.csv | date,time,HR,AVNN,SDNN,rMSSD | HRV4TRAINING_CSV",
        "w.csv | id,restingHR,hrv,sleepSecs | INTERVALS_ICU_CSV",
        "cycles.csv | Cycle start time,Cycle end time | WHOOP_CSV",
        "o.csv | day,average_hrv,lowest_heart_rate | OURA_CSV",
        "physiological_cycles.csv | Start,End | WHOOP_CSV",
    })
    void theFormatIsToldByContentAndThenByName(String name, String head, WellnessFormat format) throws Exception {
        assertThat(detect(name, head.replace("\\n", "\n").replace("\\r", "\r"))).isEqualTo(format);
    }

    @Test
    void anUnknownFileIsRefusedInOneSentence() {
        assertThatThrownBy(() -> detect("notes.csv", "name,colour\nann,red\n"))
                .hasMessageEndingWith("or the CSV of HRV4Training, intervals.icu, WHOOP or Oura).");
    }

    @Test
    void aGpxFileIsPointedToTheActivityImport() {
        assertThatThrownBy(() -> detect("run.gpx", "<?xml version=\"1.0\"?><gpx>"))
                .hasMessageContaining("GPX and TCX files are activities");
    }

    @Test
    void aZipIsToldToBeUnzipped() {
        assertThatThrownBy(() -> detect("export.zip", "PK\u0003\u0004rest"))
                .hasMessageContaining("unzip it");
    }

    @Test
    void aCsvNamedForAnAppButLackingItsColumnSaysWhichColumn() throws Exception {
        Path file = dir.resolve("physiological_cycles.csv");
        Files.writeString(file, "Start,Resting heart rate (bpm)\n2024-05-07,45\n");
        List<WellnessOutcome> outcomes = new ArrayList<>();

        new WellnessFiles(ZoneId.of("UTC")).read(file, outcomes::add);

        assertThat(((WellnessOutcome.Failed) outcomes.get(0)).reason()).contains("no 'Cycle start time' column");
    }

    @Test
    void anRrListIsDatedByTheFilesModificationDay() throws Exception {
        Path file = dir.resolve("morning.txt");
        StringBuilder text = new StringBuilder();
        Texts.alternating(100).forEach(ms -> text.append(ms).append('\n'));
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2024-05-06T23:30:00Z")));
        List<WellnessOutcome> outcomes = new ArrayList<>();

        new WellnessFiles(ZoneId.of("Europe/Berlin")).read(file, outcomes::add);

        assertThat(((WellnessOutcome.Read) outcomes.get(0)).days().get(0).date()).isEqualTo(java.time.LocalDate.of(2024, 5, 7));
    }
}
