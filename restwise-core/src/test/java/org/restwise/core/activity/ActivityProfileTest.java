package org.restwise.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restwise.core.terrain.GradeCostModel;

class ActivityProfileTest {

    /** Metres per degree of latitude on the sphere {@link Position} uses. */
    private static final double METERS_PER_DEGREE = Math.PI * Position.EARTH_RADIUS_METERS / 180;
    private static final Instant START = Instant.parse("2026-11-28T07:00:00Z");

    /** 2 km due north at 5:00/km, one sample every 10 m: the first km climbs 10 %, the second is flat. */
    private static Activity climbThenFlat() {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i <= 200; i++) {
            double meters = i * 10.0;
            double elevation = 500 + Math.min(meters, 1000) * 0.10;
            samples.add(Sample.at(START.plusSeconds(i * 3), new Position(46 + meters / METERS_PER_DEGREE, 13))
                    .withElevationMeters(elevation));
        }
        return new Activity(Sport.TRAIL_RUNNING, List.of(new TrackSegment(samples)), DeviceTotals.NONE);
    }

    @Test
    void aProfileHasTheAskedNumberOfEvenlySpacedPointsFromStartToFinish() {
        ActivityProfile profile = ActivityProfile.of(climbThenFlat(), GradeCostModel.minetti(), 101);

        assertThat(profile.points()).hasSize(101);
        assertThat(profile.points().get(0).distanceMeters()).isZero();
        assertThat(profile.points().get(100).distanceMeters()).isCloseTo(2000, within(1.0));
        assertThat(profile.points().get(50).distanceMeters()).isCloseTo(1000, within(0.5));
    }

    @Test
    void elevationFollowsTheTrackWithinTheSmoothingAtItsEnds() {
        ActivityProfile profile = ActivityProfile.of(climbThenFlat(), GradeCostModel.minetti(), 101);

        assertThat(profile.points().get(0).elevationMeters()).hasValueSatisfying(e -> assertThat(e).isCloseTo(500, within(1.5)));
        assertThat(profile.points().get(25).elevationMeters()).hasValueSatisfying(e -> assertThat(e).isCloseTo(550, within(0.5)));
        assertThat(profile.points().get(100).elevationMeters()).hasValueSatisfying(e -> assertThat(e).isCloseTo(600, within(1.5)));
    }

    @Test
    void gradeAdjustedPaceIsFasterUphillAndEqualsPaceOnTheFlat() {
        ActivityProfile profile = ActivityProfile.of(climbThenFlat(), GradeCostModel.minetti(), 101);

        ProfilePoint climbing = profile.points().get(25);
        ProfilePoint flat = profile.points().get(80);
        assertThat(climbing.paceSecondsPerKm()).hasValueSatisfying(p -> assertThat(p).isCloseTo(300, within(1.0)));
        double costAtTenPercent = GradeCostModel.minetti().costRatio(0.10);
        assertThat(climbing.gradeAdjustedPaceSecondsPerKm())
                .hasValueSatisfying(g -> assertThat(g).isCloseTo(300 / costAtTenPercent, within(1.0)));
        assertThat(flat.gradeAdjustedPaceSecondsPerKm()).hasValueSatisfying(g -> assertThat(g).isCloseTo(300, within(1.0)));
    }

    @Test
    void aTreadmillRunWithoutPositionsHasNoProfile() {
        List<Sample> samples = List.of(
                new Sample(java.util.Optional.of(START), java.util.Optional.empty(), java.util.Optional.empty(),
                        java.util.Optional.of(140), java.util.Optional.empty(), java.util.Optional.of(0.0)),
                new Sample(java.util.Optional.of(START.plusSeconds(600)), java.util.Optional.empty(), java.util.Optional.empty(),
                        java.util.Optional.of(150), java.util.Optional.empty(), java.util.Optional.of(2000.0)));
        Activity treadmill = new Activity(Sport.TREADMILL_RUNNING, List.of(new TrackSegment(samples)), DeviceTotals.NONE);

        assertThat(ActivityProfile.of(treadmill, GradeCostModel.minetti(), ActivityProfile.DEFAULT_POINTS).isEmpty()).isTrue();
    }

    /**
     * 2 km due north at 5:00/km on the flat, heart rate 140 in the first km and 160 in the second, with
     * five minutes standing at an aid station at 1 km (the watch running, the GPS drifting half a metre).
     */
    private static Activity flatWithAStop() {
        List<Sample> samples = new ArrayList<>();
        long seconds = 0;
        for (int i = 0; i <= 200; i++) {
            double meters = i * 10.0;
            int heartRate = meters < 1000 ? 140 : 160;
            samples.add(Sample.at(START.plusSeconds(seconds), new Position(46 + meters / METERS_PER_DEGREE, 13))
                    .withElevationMeters(500).withHeartRateBpm(heartRate));
            if (i == 100) {
                for (int s = 1; s <= 30; s++) {
                    double drift = (s % 2) * 0.5;
                    samples.add(Sample.at(START.plusSeconds(seconds + s * 10L),
                            new Position(46 + (meters + drift) / METERS_PER_DEGREE, 13)).withElevationMeters(500).withHeartRateBpm(120));
                }
                seconds += 300;
            }
            seconds += 3;
        }
        return new Activity(Sport.RUNNING, List.of(new TrackSegment(samples)), DeviceTotals.NONE);
    }

    @Test
    void aStopInsideTheWindowDoesNotSlowThePaceDrawnThere() {
        ActivityProfile profile = ActivityProfile.of(flatWithAStop(), GradeCostModel.minetti(), 201);

        ProfilePoint atTheAidStation = profile.points().get(100);
        assertThat(atTheAidStation.paceSecondsPerKm()).hasValueSatisfying(p -> assertThat(p).isCloseTo(300, within(25.0)));
    }

    @Test
    void heartRateIsDrawnAsTheMeanOfTheStretchAroundEachPoint() {
        ActivityProfile profile = ActivityProfile.of(flatWithAStop(), GradeCostModel.minetti(), 201);

        assertThat(profile.points().get(40).heartRateBpm()).contains(140);
        assertThat(profile.points().get(160).heartRateBpm()).contains(160);
        assertThat(ActivityProfile.of(climbThenFlat(), GradeCostModel.minetti(), 101).points())
                .allSatisfy(p -> assertThat(p.heartRateBpm()).isEmpty());
    }
}
