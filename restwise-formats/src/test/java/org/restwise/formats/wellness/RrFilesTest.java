package org.restwise.formats.wellness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restwise.core.body.HrvReading;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;

class RrFilesTest {

    private static String sensorLogger(List<Integer> rr, LocalDateTime start, int dropoutAfter) {
        StringBuilder text = new StringBuilder(PolarSensorLoggerReader.HEADER + "\n");
        LocalDateTime time = start;
        for (int i = 0; i < rr.size(); i++) {
            time = time.plusNanos(rr.get(i) * 1_000_000L);
            if (i == dropoutAfter) {
                time = time.plusSeconds(30);
            }
            text.append(time).append(';').append(rr.get(i)).append('\n');
        }
        return text.toString();
    }

    private static String hrm(String interval, List<Integer> rr) {
        StringBuilder text = new StringBuilder("[Params]\r\nVersion=106\r\nDate=20240507\r\nInterval=" + interval
                + "\r\nRestHR=45\r\n\r\n[Note]\r\n\r\n[HRData]\r\n");
        rr.forEach(ms -> text.append(ms).append("\r\n"));
        return text.toString();
    }

    @Test
    void aSensorLoggerRecordingGivesAMorningReadingOnTheDateOfItsFirstBeat() throws Exception {
        List<WellnessDay> days = Texts.read(new PolarSensorLoggerReader(),
                sensorLogger(Texts.alternating(120), LocalDateTime.of(2024, 5, 7, 6, 45), -1));

        HrvReading reading = days.get(0).hrv().orElseThrow().value();
        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(reading.rmssdMillis()).isCloseTo(40, within(1e-9));
        assertThat(days.get(0).hrv().orElseThrow().source()).isEqualTo(WellnessSource.POLAR_RR);
    }

    @Test
    void aLongPauseBetweenTwoBeatsIsAGapThatNoDifferenceSpans() throws Exception {
        MorningRecordings.Dated recording = new PolarSensorLoggerReader().recording(
                Texts.stream(sensorLogger(Texts.alternating(120), LocalDateTime.of(2024, 5, 7, 6, 45), 59)), "test");

        // beat 59 arrived 30 s late: the strap lost the beats between 58 and 59
        assertThat(recording.intervals().gapsBefore()).containsExactly(59);
    }

    @Test
    void aSensorLoggerLineWithoutANumberIsRefusedWithItsLine() {
        String text = PolarSensorLoggerReader.HEADER + "\n2024-05-07T06:45:01.000;1000\n2024-05-07T06:45:02.000;abc\n";

        assertThat(Texts.refusal(new PolarSensorLoggerReader(), text))
                .isEqualTo("Line 3: the RR interval 'abc' is not a number of milliseconds.");
    }

    @Test
    void aTimestampWithAZoneOrNoneIsRefusedWithItsLine() {
        String text = PolarSensorLoggerReader.HEADER + "\nyesterday;1000\n";

        assertThat(Texts.refusal(new PolarSensorLoggerReader(), text)).startsWith("Line 2: the timestamp 'yesterday'");
    }

    @Test
    void anHrmFileInRrModeGivesAReadingOnItsDate() throws Exception {
        List<WellnessDay> days = Texts.read(new PolarHrmReader(), hrm(PolarHrmReader.RR_MODE, Texts.alternating(200)));

        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(days.get(0).hrv().orElseThrow().value().rmssdMillis()).isCloseTo(40, within(1e-9));
    }

    @Test
    void anHrmFileOfHeartRateEverySecondsIsRefusedAsNoHrv() {
        assertThat(Texts.refusal(new PolarHrmReader(), hrm("5", List.of(60, 61, 62))))
                .contains("heart rate every '5' seconds").contains("Interval=238");
    }

    @Test
    void anRrListInSecondsIsReadAsSeconds() throws Exception {
        StringBuilder text = new StringBuilder();
        Texts.alternating(100).forEach(ms -> text.append(ms / 1000.0).append("\r\n"));

        List<WellnessDay> days = Texts.read(new RrListReader(LocalDate.of(2024, 5, 7)), text.toString());

        assertThat(days.get(0).hrv().orElseThrow().value().rmssdMillis()).isCloseTo(40, within(1e-9));
        assertThat(days.get(0).hrv().orElseThrow().source()).isEqualTo(WellnessSource.RR_LIST);
    }

    @Test
    void aNoisyRecordingIsRefusedWithTheFiltersReason() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append(i % 2 == 0 ? 600 : 1400).append('\n');
        }

        assertThat(Texts.refusal(new RrListReader(LocalDate.of(2024, 5, 7)), text.toString()))
                .contains("passed the artefact filter").contains("too noisy");
    }

    @Test
    void aShortRecordingIsRefusedAsTooShort() {
        assertThat(Texts.refusal(new RrListReader(LocalDate.of(2024, 5, 7)), "1000\n1010\n1000\n"))
                .contains("Only 3 beat intervals passed");
    }
}
