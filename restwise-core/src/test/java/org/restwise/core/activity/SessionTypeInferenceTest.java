package org.restwise.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
        "CYCLING,       160,   420,  2000, 2000, 120,   185,   LONG_RUN",
        "RUNNING,       20,    150,  800,  800,  -1,    -1,    DOWNHILL_HEAVY",
        "RUNNING,       10,    60,   100,  400,  -1,    -1,    DOWNHILL_HEAVY",
        "RUNNING,       5,     40,   250,  250,  -1,    -1,    EASY",
        "RUNNING,       10,    70,   300,  100,  -1,    -1,    MOUNTAIN_RUN",
        "HIKING,        8,     150,  1800, 6,    150,   185,   MOUNTAIN_RUN",
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

        assertThat(inferred.reason()).isEqualTo("400 m of descent over 10.0 km (40 m/km, 40 or more is downhill-heavy)");
    }

    @Test
    void heartRateIntensityNamesThePercentageOfMaximum() {
        InferredSessionType inferred = SessionTypeInference.infer(Sport.RUNNING, summary(10, 45, 50, 50, 150), Optional.of(185));

        assertThat(inferred.reason()).isEqualTo("average heart rate 150 bpm is 81 % of your maximum (80 % or more is hard)");
    }
}
