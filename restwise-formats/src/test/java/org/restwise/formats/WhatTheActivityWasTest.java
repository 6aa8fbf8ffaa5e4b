package org.restwise.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.garmin.fit.SubSport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.restwise.core.activity.ActivityLeg;
import org.restwise.core.activity.InferredSessionType;
import org.restwise.core.activity.MeasuredActivity;
import org.restwise.core.activity.SessionType;
import org.restwise.core.activity.SessionTypeInference;
import org.restwise.core.activity.Sport;

/**
 * Issue 12: imports that know what the activity was. Each bug a runner saw has its corpus file here,
 * read as an import reads it and judged with a profile maximum of 185 bpm.
 */
class WhatTheActivityWasTest {

    private static final Optional<Integer> MAX_HR = Optional.of(185);

    private static MeasuredActivity read(String fixture) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        new ActivityFiles().read(Fixtures.file(fixture), outcomes::add);
        assertThat(outcomes).hasSize(1).first().isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) outcomes.get(0)).activity().activity();
    }

    private static InferredSessionType inferred(String fixture) {
        return SessionTypeInference.infer(read(fixture), MAX_HR);
    }

    @Test
    void corosCyclingFileIsARideNotALongRun() {
        String coros = "fit/fitparse--coros-pace-2-cycling-misaligned-fields.fit";

        assertThat(read(coros).sport()).isEqualTo(Sport.CYCLING);
        assertThat(inferred(coros)).isEqualTo(new InferredSessionType(SessionType.CYCLING,
                "the file says this was a bike ride: training load without running's impact, so no running rule"
                        + " (race, terrain, long run) applies"));
    }

    @Test
    void crossCountrySkiFileIsNotAMountainRun() {
        // TCX knows three sports; the vívoactive wrote this ski outing as "Other", which is no run.
        String ski = "tcx/tcxreader--cross-country-skiing_activity_1.tcx";

        assertThat(read(ski).sport()).isEqualTo(Sport.OTHER);
        assertThat(inferred(ski)).isEqualTo(new InferredSessionType(SessionType.OTHER,
                "the file says this was neither a run nor a ride, nor a sport Restwise knows: counted as training"
                        + " load, not as running"));
    }

    @Test
    void multisportFileOf70KmIsNotAnUltraButItsRunningLegs() {
        String multisport = "fit/fitparse--activity-large-fenxi2-multisport.fit";
        MeasuredActivity activity = read(multisport);

        assertThat(activity.sport()).isEqualTo(Sport.MULTISPORT);
        assertThat(activity.deviceTotals().legs()).extracting(ActivityLeg::sport).containsExactly(Sport.UNKNOWN,
                Sport.UNKNOWN, Sport.RUNNING, Sport.UNKNOWN, Sport.RUNNING, Sport.UNKNOWN, Sport.CYCLING);
        assertThat(activity.deviceTotals().legs()).filteredOn(ActivityLeg::transition).hasSize(3);
        assertThat(inferred(multisport)).isEqualTo(new InferredSessionType(SessionType.DOWNHILL_HEAVY,
                "a multisport activity: its 2 running legs (15.0 km in 2.5 h) count as the run, the other legs"
                        + " (cycling, 1 the file does not name) as cross-training; 802 m of descent over 15.0 km"
                        + " (54 m/km, 40 m/km or more is downhill-heavy)"));
    }

    @Test
    void gpxRecordedInACarIsNotAnEasyRun() {
        String car = "gpx/gpxpy--around-visnjan-with-car.gpx";

        assertThat(read(car).sport()).isEqualTo(Sport.UNKNOWN);
        assertThat(inferred(car)).isEqualTo(new InferredSessionType(SessionType.OTHER,
                "the track held 51 km/h for a minute (36 km/h or more over a minute is faster than any runner):"
                        + " not on foot, so not a run"));
    }

    @Test
    void tenKilometresInTwentyFiveMinutesOnFootIsNoRunWhateverTheWatchSaid() {
        // 10.2 km in 25 min of moving time: faster than the 10 000 m world record (26:11).
        String forerunner = "fit/gpsbabel--garmin-forerunner-10.fit";

        assertThat(read(forerunner).sport()).isEqualTo(Sport.RUNNING);
        assertThat(inferred(forerunner)).isEqualTo(new InferredSessionType(SessionType.OTHER,
                "the file says this was a run, but the track held 26 km/h for ten minutes (25 km/h, 2:24/km, or more"
                        + " over ten minutes is faster than any runner): not on foot, so not a run"));
    }

    @Test
    void aGarminConnectGpxOfARideSaysSoInItsTrackType() {
        assertThat(inferred("gpx/gpsbabel--garminconnect.gpx").type()).isEqualTo(SessionType.CYCLING);
    }

    @Test
    void everyRunInTheCorpusIsStillARun() throws IOException {
        List<String> notRuns = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Fixtures.root())) {
            for (Path file : walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.(gpx|tcx|fit)(\\.gz)?")).sorted().toList()) {
                new ActivityFiles().read(file, outcome -> {
                    if (outcome instanceof ReadOutcome.Read read && read.activity().activity().sport().isRunning()) {
                        InferredSessionType type = SessionTypeInference.infer(read.activity().activity(), MAX_HR);
                        if (!type.type().isRun()) {
                            notRuns.add(file.getFileName() + ": " + type.type());
                        }
                    }
                });
            }
        }
        assertThat(notRuns).containsExactly("gpsbabel--garmin-forerunner-10.fit: OTHER");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        "running,                  RUNNING",
        "Running,                  RUNNING",
        "9,                        RUNNING",
        "trail_running,            TRAIL_RUNNING",
        "TrailRun,                 TRAIL_RUNNING",
        "treadmill_running,        TREADMILL_RUNNING",
        "VirtualRun,               TREADMILL_RUNNING",
        "hiking,                   HIKING",
        "Hike,                     HIKING",
        "4,                        HIKING",
        "Walk,                     WALKING",
        "10,                       WALKING",
        "cycling,                  CYCLING",
        "Biking,                   CYCLING",
        "Ride,                     CYCLING",
        "1,                        CYCLING",
        "road_biking,              CYCLING",
        "E-Bike Ride,              CYCLING",
        "Nordic Ski,               CROSS_COUNTRY_SKIING",
        "cross_country_skiing_ws,  CROSS_COUNTRY_SKIING",
        "Alpine Ski,               ALPINE_SKIING",
        "resort_skiing_snowboarding_ws, ALPINE_SKIING",
        "lap_swimming,             SWIMMING",
        "Swim,                     SWIMMING",
        "Rowing,                   ROWING",
        "Kayaking,                 PADDLING",
        "Stand Up Paddling,        PADDLING",
        "Elliptical,               ELLIPTICAL",
        "multi_sport,              MULTISPORT",
        "Other,                    OTHER",
        "Weight Training,          OTHER",
        "strength_training,        OTHER",
        "Yoga,                     OTHER",
        "motorcycling,             OTHER",
        "Rock Climbing,            OTHER",
        "7,                        UNKNOWN",
        "jkljkl,                   UNKNOWN",
        "Course à pied,            UNKNOWN",
    })
    void sportNamesAsFilesAndStravaWriteThem(String name, Sport expected) {
        assertThat(SportNames.parse(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "FIT {0}/{1} is {2}")
    @CsvSource({
        "RUNNING,           TRAIL,             TRAIL_RUNNING",
        "RUNNING,           TREADMILL,         TREADMILL_RUNNING",
        "RUNNING,           STREET,            RUNNING",
        "CYCLING,           ROAD,              CYCLING",
        "E_BIKING,          GENERIC,           CYCLING",
        "FITNESS_EQUIPMENT, INDOOR_CYCLING,    CYCLING",
        "FITNESS_EQUIPMENT, ELLIPTICAL,        ELLIPTICAL",
        "FITNESS_EQUIPMENT, INDOOR_ROWING,     ROWING",
        "FITNESS_EQUIPMENT, TREADMILL,         TREADMILL_RUNNING",
        "FITNESS_EQUIPMENT, STAIR_CLIMBING,    OTHER",
        "HIKING,            GENERIC,           HIKING",
        "MOUNTAINEERING,    GENERIC,           HIKING",
        "CROSS_COUNTRY_SKIING, SKATE_SKIING,   CROSS_COUNTRY_SKIING",
        "ALPINE_SKIING,     RESORT,            ALPINE_SKIING",
        "SWIMMING,          OPEN_WATER,        SWIMMING",
        "KAYAKING,          WHITEWATER,        PADDLING",
        "TRAINING,          STRENGTH_TRAINING, OTHER",
        "DRIVING,           GENERIC,           OTHER",
        "GENERIC,           GENERIC,           UNKNOWN",
        "MULTISPORT,        GENERIC,           MULTISPORT",
    })
    void fitSportsAndSubSports(com.garmin.fit.Sport sport, SubSport sub, Sport expected) {
        assertThat(FitReader.sportOf(sport, sub)).isEqualTo(expected);
    }

    @Test
    void aFitTransitionIsNoSportOfItsOwn() {
        assertThat(FitReader.sportOf(com.garmin.fit.Sport.TRANSITION, null)).isNull();
    }

    private static final String GPX_WITH_LINK_TYPE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
              <trk>
                <name>Morning</name>
                <link href="https://example.org/a/1"><text>on the web</text><type>text/html</type></link>
                <type>hiking</type>
                <trkseg>
                  <trkpt lat="45.0" lon="7.0"><ele>1000</ele><time>2024-06-01T06:00:00Z</time></trkpt>
                  <trkpt lat="45.001" lon="7.0"><ele>1010</ele><time>2024-06-01T06:02:00Z</time></trkpt>
                </trkseg>
              </trk>
            </gpx>
            """;

    @Test
    void onlyTheTracksOwnTypeNamesTheSportNotTheTypeOfALink() throws Exception {
        byte[] bytes = GPX_WITH_LINK_TYPE.getBytes(StandardCharsets.UTF_8);

        assertThat(new GpxReader().read(new ByteArrayInputStream(bytes), "link.gpx").sport()).isEqualTo(Sport.HIKING);
        assertThat(new GpxReader().readPlain(new ByteArrayInputStream(bytes), "link.gpx").sport()).isEqualTo(Sport.HIKING);
    }

    @Test
    void stravasActivityTypeNamesTheSportOfAFileThatSaysNone(@TempDir Path dir) throws IOException {
        Path export = dir.resolve("export_1.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(export))) {
            zip.putNextEntry(new ZipEntry("activities.csv"));
            zip.write(("Activity ID,Activity Date,Activity Name,Activity Type,Filename\n"
                    + "1,\"Jun 1, 2024\",Errand,Ride,activities/1.gpx\n").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("activities/1.gpx"));
            zip.write(Files.readAllBytes(Fixtures.file("gpx/gpxpy--cerknicko-jezero.gpx")));
        }
        List<ReadOutcome> outcomes = new ArrayList<>();
        new ActivityFiles().read(export, outcomes::add);

        MeasuredActivity ride = ((ReadOutcome.Read) outcomes.get(0)).activity().activity();
        assertThat(ride.sport()).isEqualTo(Sport.CYCLING);
        assertThat(SessionTypeInference.infer(ride, MAX_HR).type()).isEqualTo(SessionType.CYCLING);
    }
}
