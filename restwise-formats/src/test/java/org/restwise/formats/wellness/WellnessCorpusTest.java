package org.restwise.formats.wellness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.restwise.core.body.HrvWindow;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessDays;
import org.restwise.core.body.WellnessSource;

/** Every recording of the shared corpus is read, or refused in one sentence; and what is read is right. */
class WellnessCorpusTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Stream<String> manifest() {
        return WellnessFixtures.manifest().stream();
    }

    static WellnessOutcome outcome(String file) {
        List<WellnessOutcome> outcomes = new ArrayList<>();
        new WellnessFiles(BERLIN).read(WellnessFixtures.file(file), outcomes::add);
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }

    static List<WellnessDay> days(String file) {
        WellnessOutcome outcome = outcome(file);
        assertThat(outcome).as(outcome.toString()).isInstanceOf(WellnessOutcome.Read.class);
        WellnessDays days = new WellnessDays();
        ((WellnessOutcome.Read) outcome).days().forEach(days);
        return days.days();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void everyRecordingIsReadOrRefusedInOneSentence(String file) {
        WellnessOutcome outcome = outcome(file);

        if (outcome instanceof WellnessOutcome.Failed failed) {
            assertThat(failed.reason()).doesNotContain("\n").doesNotContain("Exception").endsWith(".").hasSizeLessThan(400);
        } else {
            assertThat(((WellnessOutcome.Read) outcome).days()).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "garmin-fit-hrv-rr/dtcooper--python-fitparse--garmin-fenix-5-run.fit | is an activity (running, 1 min, 158 m)",
        "garmin-fit-hrv-rr/jimmykane--fit-parser--running-with-developer-data.fit | is an activity (running, 28 min",
        "garmin-fit-hrv-rr/stadelmanma--fitparse-rs--hrv-activity.fit | is an activity (cycling, 18 min",
        "garmin-fit-hrv-rr/jimmykane--fit-parser--test2.fit | is an activity (cross country skiing, 50 min)",
        "garmin-fit-monitoring/dtcooper--python-fitparse--MonitoringFile.fit | holds no beat-to-beat intervals, resting heart rate, sleep or HRV status",
        "rr-intervals/rhenanbartels--hrv--exercise_rri.hrm | lasts 43 minutes",
        "garmin-connect-api-json/matin--garth--test_daily_stress.body.json | no HRV, resting heart rate or sleep",
        "garmin-connect-api-json/matin--garth--test_training_readiness_data_get.body.json | no HRV, resting heart rate or sleep",
        "apple-health-xml/ericwolter--apple-healthkit-csv--Exportieren.xml | at line 5, column 190: Health on iOS 8 wrote exports with spaces in attribute names",
    })
    void whatIsNotAReadingIsRefusedWithItsReason(String file, String reason) {
        assertThat(((WellnessOutcome.Failed) outcome(file)).reason()).contains(reason);
    }

    @Test
    void theOrthostaticTestGivesAMorningRmssdAfterFiveArtefactsAreDropped() {
        // 516 intervals; a split beat (846 -> 302 -> 476 -> 742) and one short beat (447) go.
        // Unfiltered, the whole file's rMSSD is 42.8 ms, which hrvester reports as about 43.
        WellnessDay day = days("garmin-fit-hrv-rr/sims1253--hrvester--2024-05-07-07-39-33.fit").get(0);

        assertThat(day.date()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(day.hrv().orElseThrow().source()).isEqualTo(WellnessSource.FIT_RR);
        assertThat(day.hrv().orElseThrow().value().window()).isEqualTo(HrvWindow.MORNING);
        assertThat(day.hrv().orElseThrow().value().beats().orElseThrow().kept()).isEqualTo(511);
        assertThat(day.hrv().orElseThrow().value().rmssdMillis()).isCloseTo(31.41, within(0.01));
    }

    @Test
    void theNnListGivesTheRmssdHrvAnalysisDocuments() {
        // hrv-analysis' README shows rmssd 19.519 for this very list
        WellnessDay day = days("rr-intervals/Aura-healthcare--hrv-analysis--test_nn_intervals.txt").get(0);

        assertThat(day.hrv().orElseThrow().value().rmssdMillis()).isCloseTo(19.519, within(0.001));
    }

    @Test
    void aPolarSensorLoggerFileIsDatedByItsFirstBeat() {
        WellnessDay day = days("rr-intervals/AdityaAsopa--trackfitness--Polar_H10_raw_data_RR.txt").get(0);

        assertThat(day.date()).isEqualTo(LocalDate.of(2025, 3, 23));
        assertThat(day.hrv().orElseThrow().value().beats().orElseThrow().recorded()).isEqualTo(391);
    }

    @Test
    void aFenixMonitoringSliceGivesTodaysRestingHeartRateNotTheWeeksAverage() {
        WellnessDay day = days("garmin-fit-monitoring/rgmf--PyOpenTracks--monitor.fit").get(0);

        assertThat(day.date()).isEqualTo(LocalDate.of(2022, 8, 9));
        assertThat(day.restingHeartRate().orElseThrow().value().bpm()).isEqualTo(37);
    }

    @Test
    void fortyNightsOfGarminHrvStatusKeepGarminsBand() {
        List<WellnessDay> days = days("garmin-connect-api-json/matin--garth--test_daily_hrv_paginate.body.json");

        assertThat(days).hasSize(40);
        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2023, 6, 11));
        assertThat(days.get(days.size() - 1).date()).isEqualTo(LocalDate.of(2023, 7, 20));
        WellnessDay june23 = days.stream().filter(d -> d.date().equals(LocalDate.of(2023, 6, 23))).findFirst().orElseThrow();
        assertThat(june23.hrv().orElseThrow().value().rmssdMillis()).isEqualTo(42);
        assertThat(june23.hrv().orElseThrow().value().vendorBand().orElseThrow().balancedUpperMillis()).isEqualTo(52);
        assertThat(june23.hrv().orElseThrow().value().window()).isEqualTo(HrvWindow.OVERNIGHT);
    }

    @Test
    void garminsDailySleepGivesStagesScoreAndTheRestingHeartRateBesideIt() {
        List<WellnessDay> days = days("garmin-connect-api-json/matin--garth--test_daily_sleep_data_get.body.json");

        assertThat(days).hasSize(1);
        var sleep = days.get(0).sleep().orElseThrow().value();
        assertThat(sleep.asleep()).contains(Duration.ofSeconds(24180));
        assertThat(sleep.deep()).contains(Duration.ofSeconds(5280));
        assertThat(sleep.score()).contains(83);
        assertThat(days.get(0).restingHeartRate().orElseThrow().value().bpm()).isEqualTo(44);
    }

    @Test
    void garminsDailySummariesGiveTheirRestingHeartRates() {
        assertThat(days("garmin-connect-api-json/matin--garth--test_daily_summary_list.body.json"))
                .extracting(d -> d.restingHeartRate().orElseThrow().value().bpm())
                .containsExactly(49, 51);
    }

    @Test
    void garminsSleepScoreStatisticsGiveTwentyScores() {
        List<WellnessDay> days = days("garmin-connect-api-json/matin--garth--test_daily_sleep.body.json");

        assertThat(days).hasSize(20);
        assertThat(days.get(0).sleep().orElseThrow().value().score()).contains(60);
    }

    @Test
    void anOldAppleExportGivesSleepCyclesNightsAndNoRestingHeartRate() {
        List<WellnessDay> days = days("apple-health-xml/ericwolter--apple-healthkit-csv--export.xml");

        assertThat(days).isNotEmpty().allSatisfy(d -> {
            assertThat(d.restingHeartRate()).isEmpty();
            assertThat(d.sleep()).isPresent();
        });
        assertThat(days.get(1).date()).isEqualTo(LocalDate.of(2015, 6, 2));
        // 2015-06-01 21:51:04 to 2015-06-02 04:35:58
        assertThat(days.get(1).sleep().orElseThrow().value().asleep()).contains(Duration.ofSeconds(6 * 3600 + 44 * 60 + 54));
    }
}
