package org.restwise.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restwise.core.terrain.GradeCostModel;

class ActivityAnalyzerTest {

    private static final Instant T0 = Instant.parse("2024-06-01T06:00:00Z");
    /** One degree of latitude on our sphere, metres. */
    private static final double DEGREE = Position.EARTH_RADIUS_METERS * Math.PI / 180;

    /** A straight run north at {@code metersPerSecond}, one sample a second, climbing {@code grade}. */
    private static List<Sample> straight(int seconds, double metersPerSecond, double grade) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i <= seconds; i++) {
            double north = i * metersPerSecond;
            samples.add(Sample.at(T0.plusSeconds(i), new Position(45 + north / DEGREE, 7))
                    .withElevationMeters(1000 + north * grade));
        }
        return samples;
    }

    private static ActivitySummary summarize(List<Sample> samples) {
        return ActivityAnalyzer.standard().summarize(
                new Activity(Sport.TRAIL_RUNNING, List.of(new TrackSegment(samples)), DeviceTotals.NONE));
    }

    @Test
    void steadyClimbGivesDistanceAscentAndGradeCost() {
        ActivitySummary s = summarize(straight(1000, 2.0, 0.10));
        assertThat(s.distanceMeters().orElseThrow()).isCloseTo(2000, within(0.5));
        assertThat(s.ascentMeters().orElseThrow()).isCloseTo(200, within(0.5));
        assertThat(s.descentMeters()).contains(0.0);
        assertThat(s.movingSeconds()).contains(1000.0);
        assertThat(s.flatEquivalentMeters().orElseThrow())
                .isCloseTo(2000 * GradeCostModel.minetti().costRatio(0.10), within(7.0));
    }

    @Test
    void downhillRunCountsAsDescentDistance() {
        ActivitySummary s = summarize(straight(500, 3.0, -0.15));
        assertThat(s.descentDistanceMeters().orElseThrow()).isCloseTo(1500, within(1.0));
        assertThat(s.descentMeters().orElseThrow()).isCloseTo(225, within(1.5));
    }

    @Test
    void aGpsSpikeAddsNoDistance() {
        List<Sample> samples = straight(100, 2.0, 0);
        samples.set(50, Sample.at(T0.plusSeconds(50), new Position(45.01, 7.01)));
        assertThat(summarize(samples).distanceMeters().orElseThrow()).isCloseTo(200, within(0.5));
    }

    @Test
    void timeGoingBackwardsIsIgnored() {
        List<Sample> samples = straight(100, 2.0, 0);
        Sample s = samples.get(60);
        samples.set(60, new Sample(Optional.of(T0.minusSeconds(3600)), s.position(), s.elevationMeters(),
                s.heartRateBpm(), s.cadencePerMinute(), s.deviceDistanceMeters()));
        ActivitySummary summary = summarize(samples);
        assertThat(summary.durationSeconds()).contains(100.0);
        assertThat(summary.start()).contains(T0);
    }

    @Test
    void standingStillIsNotMoving() {
        List<Sample> samples = straight(100, 2.0, 0);
        Position stop = samples.get(100).position().orElseThrow();
        for (int i = 1; i <= 300; i++) {
            samples.add(Sample.at(T0.plusSeconds(100 + i), stop));
        }
        assertThat(summarize(samples).movingSeconds()).contains(100.0);
    }

    @Test
    void zeroElevationPlaceholdersHighUpAreDropped() {
        List<Sample> samples = straight(100, 2.0, 0);
        for (int i = 0; i < 10; i++) {
            samples.set(i, samples.get(i).withElevationMeters(0.0));
        }
        assertThat(summarize(samples).ascentMeters()).contains(0.0);
    }

    @Test
    void noElevationMeansNoClimbingFigures() {
        List<Sample> samples = List.of(Sample.at(T0, new Position(45, 7)), Sample.at(T0.plusSeconds(10), new Position(45.0001, 7)));
        ActivitySummary s = summarize(samples);
        assertThat(s.ascentMeters()).isEmpty();
        assertThat(s.flatEquivalentMeters()).isEmpty();
        assertThat(s.gradeAdjustedPaceSecondsPerKm()).isEmpty();
    }

    @Test
    void heartRateAverageAndMaximum() {
        List<Sample> samples = new ArrayList<>(straight(2, 2.0, 0));
        samples.set(0, samples.get(0).withHeartRateBpm(120));
        samples.set(1, samples.get(1).withHeartRateBpm(130));
        samples.set(2, samples.get(2).withHeartRateBpm(141));
        ActivitySummary s = summarize(samples);
        assertThat(s.avgHeartRateBpm()).contains(130);
        assertThat(s.maxHeartRateBpm()).contains(141);
    }
}
