package org.restwise.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SessionTypeInferenceTest {

    /** A summary with only what the rules read; -1 means "not in the file". */
    static ActivitySummary summary(double km, double minutes, double up, double down, int avgHr) {
        return new ActivitySummary(Optional.of(Instant.parse("2024-06-01T06:00:00Z")), 1000,
                km < 0 ? Optional.empty() : Optional.of(km * 1000), Optional.empty(),
                Optional.of(minutes * 60), Optional.of(minutes * 60),
                up < 0 ? Optional.empty() : Optional.of(up), down < 0 ? Optional.empty() : Optional.of(down),
                Optional.empty(), avgHr < 0 ? Optional.empty() : Optional.of(avgHr), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @ParameterizedTest(name = "{0}: {1} km, {2} min, +{3}/-{4} m, avg {5} bpm, max {6} → {7}")
    @CsvSource({
        // sport,       km,    min,  up,   down, avgHr, maxHr, expected
        "RUNNING,       161,   1800, 9000, 9000, 130,   185,   HUNDRED_MILE_RACE",
        "TRAIL_RUNNING, 150,   900,  100,  100,  -1,    -1,    HUNDRED_MILE_RACE",
        "RUNNING,       149.9, 1400, 100,  100,  -1,    -1,    ULTRA_RACE",
        "RUNNING,       42.3,  240,  100,  100,  -1,    -1,    ULTRA_RACE",
        "RUNNING,       42.1,  240,  100,  100,  -1,    -1,    LONG_RUN",
        "UNKNOWN,       60,    60,   10,   10,   -1,    -1,    EASY",
        "CYCLING,       160,   420,  2000, 2000, 120,   185,   CYCLING",
        "RUNNING,       20,    150,  800,  800,  -1,    -1,    DOWNHILL_HEAVY",
        "RUNNING,       10,    60,   100,  400,  -1,    -1,    DOWNHILL_HEAVY",
        "RUNNING,       5,     40,   250,  250,  -1,    -1,    EASY",
        "RUNNING,       10,    70,   300,  100,  -1,    -1,    MOUNTAIN_RUN",
        "HIKING,        8,     150,  1800, 6,    150,   185,   HIKING",
        // 6782987395: 26 m/km down, 25 m/km up but short of the descent threshold, 81 min at 74 % of max: easy.
        "RUNNING,       14,    81,   346,  366,  137,   185,   EASY",
        "RUNNING,       14,    95,   240,  240,  137,   185,   LONG_RUN",
        "RUNNING,       10,    45,   50,   50,   150,   185,   HARD_WORKOUT",
        "RUNNING,       10,    45,   50,   50,   147,   185,   EASY",
        "RUNNING,       10,    45,   50,   50,   170,   -1,    EASY",
        "RUNNING,       10,    45,   50,   50,   -1,    185,   EASY",
        "TREADMILL_RUNNING, -1, 49,  -1,   -1,   160,   185,   HARD_WORKOUT",
    })
    void rulesInOrderRacesThenTerrainThenDurationThenHeartRate(Sport sport, double km, double minutes, double up,
            double down, int avgHr, int maxHr, String expected) {
        InferredSessionType inferred = SessionTypeInference.infer(sport, summary(km, minutes, up, down, avgHr),
                maxHr < 0 ? Optional.empty() : Optional.of(maxHr));

        assertThat(inferred.type()).isEqualTo(SessionType.valueOf(expected));
    }

    @Test
    void theDevicesDistanceWinsOverOurs() {
        ActivitySummary s = summary(40, 300, 100, 100, -1);
        ActivitySummary withDevice = new ActivitySummary(s.start(), s.points(), s.distanceMeters(), Optional.of(45_000.0),
                s.durationSeconds(), s.movingSeconds(), s.ascentMeters(), s.descentMeters(), s.descentDistanceMeters(),
                s.avgHeartRateBpm(), s.maxHeartRateBpm(), s.flatEquivalentMeters(), s.gradeAdjustedPaceSecondsPerKm());

        assertThat(SessionTypeInference.infer(Sport.RUNNING, withDevice, Optional.empty()).type())
                .isEqualTo(SessionType.ULTRA_RACE);
    }

    @Test
    void theReasonNamesTheNumbersAndTheThreshold() {
        InferredSessionType inferred = SessionTypeInference.infer(Sport.RUNNING, summary(10, 60, 100, 400, -1), Optional.empty());

        assertThat(inferred.reason()).isEqualTo("400 m of descent over 10.0 km (40 m/km, 40 m/km or more is downhill-heavy)");
    }

    @Test
    void aRunnerWhoReadsMilesGetsTheReasonInMilesAndFeetWithTheSameDecision() {
        InferredSessionType inferred = SessionTypeInference.infer(Sport.RUNNING, summary(10, 60, 100, 400, -1), List.of(),
                SustainedSpeeds.UNKNOWN, Optional.empty(), org.restwise.core.units.Measures.IMPERIAL);
        InferredSessionType fast = SessionTypeInference.infer(Sport.RUNNING, summary(10, 60, 100, 100, -1), List.of(),
                new SustainedSpeeds(Optional.of(12.0), Optional.empty()), Optional.empty(),
                org.restwise.core.units.Measures.IMPERIAL);

        assertThat(inferred.type()).isEqualTo(SessionType.DOWNHILL_HEAVY);
        assertThat(inferred.reason())
                .isEqualTo("1312 ft of descent over 6.2 mi (211 ft/mi, 211 ft/mi or more is downhill-heavy)");
        assertThat(fast.reason()).contains("27 mph for a minute (22 mph or more").doesNotContain("km");
    }

    @Test
    void heartRateIntensityNamesThePercentageOfMaximum() {
        InferredSessionType inferred = SessionTypeInference.infer(Sport.RUNNING, summary(10, 45, 50, 50, 150), Optional.of(185));

        assertThat(inferred.reason()).isEqualTo("average heart rate 150 bpm is 81 % of your maximum (80 % or more is hard)");
    }

    /** 161 km over 1 800 m of climbing in 28 hours: a 100-mile race, if it was run. */
    private static final ActivitySummary HUNDRED_MILES = summary(161, 1680, 1800, 1800, 130);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "CYCLING,              CYCLING",
        "CROSS_COUNTRY_SKIING, CROSS_TRAINING",
        "ALPINE_SKIING,        CROSS_TRAINING",
        "SWIMMING,             CROSS_TRAINING",
        "ROWING,               CROSS_TRAINING",
        "PADDLING,             CROSS_TRAINING",
        "ELLIPTICAL,           CROSS_TRAINING",
        "HIKING,               HIKING",
        "WALKING,              HIKING",
        "OTHER,                OTHER",
        "RUNNING,              HUNDRED_MILE_RACE",
        "UNKNOWN,              HUNDRED_MILE_RACE",
    })
    void theFilesOwnSportComesBeforeEveryRunningRule(Sport sport, SessionType expected) {
        assertThat(SessionTypeInference.infer(sport, HUNDRED_MILES, Optional.of(185)).type()).isEqualTo(expected);
    }

    @Test
    void aRideSaysTheFileCalledItOne() {
        InferredSessionType inferred = SessionTypeInference.infer(Sport.CYCLING, HUNDRED_MILES, Optional.of(185));

        assertThat(inferred.reason()).isEqualTo("the file says this was a bike ride: training load without running's"
                + " impact, so no running rule (race, terrain, long run) applies");
    }

    @Test
    void skiingSaysItIsCrossTraining() {
        InferredSessionType inferred = SessionTypeInference.infer(Sport.CROSS_COUNTRY_SKIING, HUNDRED_MILES, Optional.empty());

        assertThat(inferred.reason()).startsWith("the file says this was cross-country skiing: cross-training, ");
    }

    @Test
    void aHikeSaysItsDescentStillCounts() {
        InferredSessionType inferred = SessionTypeInference.infer(Sport.HIKING, HUNDRED_MILES, Optional.empty());

        assertThat(inferred.reason()).isEqualTo(
                "the file says this was a hike: easy time on foot, not a run; its descent still counts as eccentric load");
    }

    private static SustainedSpeeds kmh(double minute, double tenMinutes) {
        return new SustainedSpeeds(minute < 0 ? Optional.empty() : Optional.of(minute / 3.6),
                tenMinutes < 0 ? Optional.empty() : Optional.of(tenMinutes / 3.6));
    }

    @ParameterizedTest(name = "{0}: fastest minute {1} km/h, ten minutes {2} km/h → {3}")
    @CsvSource({
        // sport,         minute, ten,  expected
        "UNKNOWN,         50,     -1,   OTHER",
        "UNKNOWN,         36,     20,   OTHER",
        "UNKNOWN,         35.9,   24.9, EASY",
        "UNKNOWN,         30,     25,   OTHER",
        "RUNNING,         52,     40,   OTHER",
        "TRAIL_RUNNING,   26,     24,   EASY",
        "HIKING,          60,     45,   OTHER",
        "CYCLING,         70,     45,   CYCLING",
        "CROSS_COUNTRY_SKIING, 50, 30,  CROSS_TRAINING",
        "UNKNOWN,         -1,     -1,   EASY",
    })
    void speedNoRunnerHoldsMeansTheTrackWasNotOnFoot(Sport sport, double minute, double tenMinutes, SessionType expected) {
        InferredSessionType inferred = SessionTypeInference.infer(sport, summary(10, 30, 50, 50, -1), List.of(),
                kmh(minute, tenMinutes), Optional.empty());

        assertThat(inferred.type()).isEqualTo(expected);
    }

    @Test
    void aCarTrackSaysItWasTooFastForAnyRunner() {
        InferredSessionType inferred = SessionTypeInference.infer(Sport.UNKNOWN, summary(2.7, 5, 45, 46, -1), List.of(),
                kmh(51, -1), Optional.empty());

        assertThat(inferred.reason()).isEqualTo("the track held 51 km/h for a minute (36 km/h or more over a minute is"
                + " faster than any runner): not on foot, so not a run");
    }

    @Test
    void aRunFileThatKeptRecordingInACarSaysSoToo() {
        InferredSessionType inferred = SessionTypeInference.infer(Sport.RUNNING, summary(30, 60, 45, 46, -1), List.of(),
                kmh(30, 27), Optional.empty());

        assertThat(inferred.reason()).isEqualTo("the file says this was a run, but the track held 27 km/h for ten minutes"
                + " (25 km/h, 2:24/km, or more over ten minutes is faster than any runner): not on foot, so not a run");
    }

    private static ActivityLeg leg(Sport sport, double km, double minutes, double up, double down) {
        return new ActivityLeg(sport, false, Optional.of(km * 1000), Optional.of(Duration.ofSeconds((long) (minutes * 60))),
                Optional.of(up), Optional.of(down), Optional.empty());
    }

    private static final ActivityLeg TRANSITION = new ActivityLeg(Sport.UNKNOWN, true, Optional.of(200.0),
            Optional.of(Duration.ofMinutes(5)), Optional.empty(), Optional.empty(), Optional.empty());

    @Test
    void aMultisportRaceIsJudgedByItsRunningLegsNeverByItsTotalDistance() {
        // A long-distance triathlon: 226 km in 11 h would be a 100-mile race by the totals.
        List<ActivityLeg> legs = List.of(leg(Sport.SWIMMING, 3.8, 70, 0, 0), TRANSITION,
                leg(Sport.CYCLING, 180, 330, 1800, 1800), TRANSITION, leg(Sport.RUNNING, 42.2, 230, 200, 200));

        InferredSessionType inferred = SessionTypeInference.infer(Sport.MULTISPORT, summary(226, 640, 2000, 2000, 140),
                legs, kmh(60, 40), Optional.of(185));

        assertThat(inferred.type()).isEqualTo(SessionType.ULTRA_RACE);
        assertThat(inferred.reason()).isEqualTo("a multisport activity: its running leg (42.2 km in 3.8 h) counts as"
                + " the run, the other legs (swimming, cycling) as cross-training; 42.2 km in 3.8 h: beyond the marathon"
                + " is an ultra");
    }

    @Test
    void aSprintTriathlonIsNoUltraWhateverItsTotal() {
        List<ActivityLeg> legs = List.of(leg(Sport.SWIMMING, 0.75, 15, 0, 0), leg(Sport.CYCLING, 40, 70, 300, 300),
                leg(Sport.RUNNING, 5, 22, 20, 20), leg(Sport.RUNNING, 5, 23, 20, 20));

        InferredSessionType inferred = SessionTypeInference.infer(Sport.MULTISPORT, summary(50.75, 130, 340, 340, -1),
                legs, SustainedSpeeds.UNKNOWN, Optional.empty());

        assertThat(inferred.type()).isEqualTo(SessionType.EASY);
        assertThat(inferred.reason()).startsWith("a multisport activity: its 2 running legs (10.0 km in 0.8 h) count");
    }

    @Test
    void aMultisportFileWithoutLegsOrWithoutARunIsCrossTraining() {
        assertThat(SessionTypeInference.infer(Sport.MULTISPORT, HUNDRED_MILES, List.of(), SustainedSpeeds.UNKNOWN,
                Optional.empty()).type()).isEqualTo(SessionType.CROSS_TRAINING);
        assertThat(SessionTypeInference.infer(Sport.MULTISPORT, HUNDRED_MILES,
                List.of(leg(Sport.SWIMMING, 1.5, 30, 0, 0), leg(Sport.CYCLING, 40, 70, 300, 300)),
                SustainedSpeeds.UNKNOWN, Optional.empty()).reason())
                .startsWith("a multisport activity with no running leg (swimming, cycling): cross-training");
    }
}
