package org.restwise.formats.wellness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.garmin.fit.ActivityMesg;
import com.garmin.fit.DateTime;
import com.garmin.fit.File;
import com.garmin.fit.FileEncoder;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.HrvMesg;
import com.garmin.fit.HrvStatus;
import com.garmin.fit.HrvStatusSummaryMesg;
import com.garmin.fit.HrvValueMesg;
import com.garmin.fit.Mesg;
import com.garmin.fit.MonitoringHrDataMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.SleepAssessmentMesg;
import com.garmin.fit.SleepLevel;
import com.garmin.fit.SleepLevelMesg;
import com.garmin.fit.Sport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restwise.core.body.HrvWindow;
import org.restwise.core.body.Sleep;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;

/**
 * FIT wellness files written with the Garmin SDK's own encoder: no sleep or HRV-status file exists
 * with a licence we can use, so these are built from the SDK's message definitions.
 */
class FitWellnessReaderTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 2024-05-07 04:30 UTC, 06:30 in Berlin. */
    private static final Instant WAKE = Instant.parse("2024-05-07T04:30:00Z");

    @TempDir
    Path dir;

    private static DateTime fitTime(Instant instant) {
        return new DateTime(Date.from(instant));
    }

    private Path encode(String name, short fileType, Mesg... messages) {
        Path file = dir.resolve(name);
        FileEncoder encoder = new FileEncoder(file.toFile(), Fit.ProtocolVersion.V2_0);
        FileIdMesg id = new FileIdMesg();
        id.setFieldValue(FileIdMesg.TypeFieldNum, fileType);
        id.setManufacturer(1);
        id.setTimeCreated(fitTime(WAKE));
        encoder.write(id);
        for (Mesg message : messages) {
            encoder.write(message);
        }
        encoder.close();
        return file;
    }

    private static List<WellnessDay> read(Path file) throws Exception {
        List<WellnessDay> days = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            new FitWellnessReader(BERLIN).read(in, file.getFileName().toString(), days::add);
        }
        return days;
    }

    private static SleepLevelMesg level(Instant at, SleepLevel level) {
        SleepLevelMesg mesg = new SleepLevelMesg();
        mesg.setTimestamp(fitTime(at));
        mesg.setSleepLevel(level);
        return mesg;
    }

    @Test
    void aSleepFileGivesTheNightsStagesAndScoreOnTheDateItEnded() throws Exception {
        Instant asleep = Instant.parse("2024-05-06T21:30:00Z");
        SleepAssessmentMesg assessment = new SleepAssessmentMesg();
        assessment.setOverallSleepScore((short) 81);
        Path file = encode("sleep.fit", (short) 49,
                level(asleep, SleepLevel.LIGHT),
                level(asleep.plus(Duration.ofHours(2)), SleepLevel.DEEP),
                level(asleep.plus(Duration.ofHours(3)), SleepLevel.REM),
                level(asleep.plus(Duration.ofHours(4)), SleepLevel.AWAKE),
                level(asleep.plus(Duration.ofMinutes(250)), SleepLevel.LIGHT),
                level(WAKE, SleepLevel.AWAKE),
                assessment);

        List<WellnessDay> days = read(file);

        assertThat(days).hasSize(1);
        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2024, 5, 7));
        Sleep sleep = days.get(0).sleep().orElseThrow().value();
        assertThat(sleep.asleep()).contains(Duration.ofMinutes(4 * 60 + 170));
        assertThat(sleep.deep()).contains(Duration.ofHours(1));
        assertThat(sleep.rem()).contains(Duration.ofHours(1));
        assertThat(sleep.awake()).contains(Duration.ofMinutes(10));
        assertThat(sleep.score()).contains(81);
        assertThat(days.get(0).sleep().orElseThrow().source()).isEqualTo(WellnessSource.GARMIN_SLEEP);
    }

    @Test
    void anHrvStatusFileGivesLastNightsAverageWithGarminsBand() throws Exception {
        HrvStatusSummaryMesg summary = new HrvStatusSummaryMesg();
        summary.setTimestamp(fitTime(WAKE));
        summary.setWeeklyAverage(46f);
        summary.setLastNightAverage(48f);
        summary.setLastNight5MinHigh(70f);
        summary.setBaselineLowUpper(35f);
        summary.setBaselineBalancedLower(40f);
        summary.setBaselineBalancedUpper(55f);
        summary.setStatus(HrvStatus.BALANCED);

        List<WellnessDay> days = read(encode("hrv-status.fit", (short) 68, summary));

        var hrv = days.get(0).hrv().orElseThrow();
        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(hrv.source()).isEqualTo(WellnessSource.GARMIN_HRV_STATUS);
        assertThat(hrv.value().rmssdMillis()).isEqualTo(48);
        assertThat(hrv.value().window()).isEqualTo(HrvWindow.OVERNIGHT);
        assertThat(hrv.value().vendorBand().orElseThrow().balancedLowerMillis()).isEqualTo(40);
        assertThat(hrv.value().vendorBand().orElseThrow().status()).contains("BALANCED");
    }

    @Test
    void withoutASummaryTheNightsFiveMinuteValuesAreAveraged() throws Exception {
        List<Mesg> values = new ArrayList<>();
        Instant night = Instant.parse("2024-05-06T22:00:00Z");
        for (int i = 0; i < 12; i++) {
            HrvValueMesg value = new HrvValueMesg();
            value.setTimestamp(fitTime(night.plus(Duration.ofMinutes(5L * i))));
            value.setValue(i % 2 == 0 ? 40f : 50f);
            values.add(value);
        }

        List<WellnessDay> days = read(encode("hrv-values.fit", (short) 68, values.toArray(Mesg[]::new)));

        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(days.get(0).hrv().orElseThrow().value().rmssdMillis()).isCloseTo(45, within(1e-9));
    }

    @Test
    void aMonitoringFileGivesEachDaysLastRestingHeartRate() throws Exception {
        MonitoringHrDataMesg morning = new MonitoringHrDataMesg();
        morning.setTimestamp(fitTime(WAKE));
        morning.setRestingHeartRate((short) 44);
        morning.setCurrentDayRestingHeartRate((short) 42);
        MonitoringHrDataMesg evening = new MonitoringHrDataMesg();
        evening.setTimestamp(fitTime(WAKE.plus(Duration.ofHours(12))));
        evening.setRestingHeartRate((short) 44);
        evening.setCurrentDayRestingHeartRate((short) 41);

        List<WellnessDay> days = read(encode("monitoring.fit", File.MONITORING_B.getValue(), morning, evening));

        assertThat(days).singleElement().satisfies(day -> {
            assertThat(day.restingHeartRate().orElseThrow().value().bpm()).isEqualTo(41);
            assertThat(day.restingHeartRate().orElseThrow().source()).isEqualTo(WellnessSource.GARMIN_MONITORING);
        });
    }

    @Test
    void aMorningTestGivesRmssdFromItsBeatsWithoutThePadding() throws Exception {
        List<Mesg> messages = new ArrayList<>();
        SessionMesg session = new SessionMesg();
        session.setSport(Sport.GENERIC);
        session.setStartTime(fitTime(WAKE));
        session.setTotalTimerTime(120f);
        session.setTotalDistance(0f);
        messages.add(session);
        for (int i = 0; i < 120; i++) {
            HrvMesg hrv = new HrvMesg();
            hrv.setTime(0, i % 2 == 0 ? 1.000f : 1.040f);
            for (int slot = 1; slot < 5; slot++) {
                hrv.setTime(slot, 65.535f);
            }
            messages.add(hrv);
        }
        ActivityMesg activity = new ActivityMesg();
        activity.setTimestamp(fitTime(WAKE));
        activity.setLocalTimestamp(fitTime(WAKE).getTimestamp() + 2 * 3600);
        messages.add(activity);

        List<WellnessDay> days = read(encode("morning.fit", File.ACTIVITY.getValue(), messages.toArray(Mesg[]::new)));

        var hrv = days.get(0).hrv().orElseThrow();
        assertThat(hrv.source()).isEqualTo(WellnessSource.FIT_RR);
        assertThat(hrv.value().rmssdMillis()).isCloseTo(40, within(1e-9));
        assertThat(hrv.value().beats().orElseThrow().recorded()).isEqualTo(120);
        assertThat(hrv.value().heartRateBpm()).contains(59);
    }

    @Test
    void aTruncatedFitFileIsRefusedInOneSentence() throws IOException {
        byte[] whole = Files.readAllBytes(WellnessFixtures.file("garmin-fit-hrv-rr/sims1253--hrvester--2024-05-07-07-39-33.fit"));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> new FitWellnessReader(BERLIN).read(new ByteArrayInputStream(half), "half.fit", d -> { }))
                .isInstanceOf(UnreadableWellnessException.class)
                .satisfies(e -> assertThat(((UnreadableWellnessException) e).reason())
                        .startsWith("The FIT file is").doesNotContain("\n"));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> new FitWellnessReader(BERLIN).read(new ByteArrayInputStream(new byte[0]), "empty.fit", d -> { }))
                .hasMessageContaining("empty (0 bytes)");
    }
}
