package org.restwise.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileSplitsTest {

    /** Points every 100 m at {@code pace} s/km, climbing {@code rise} m per 100 m. */
    private static ActivityProfile steady(double meters, double pace, double rise) {
        List<ProfilePoint> points = new ArrayList<>();
        for (double d = 0; d <= meters + 1e-9; d += 100) {
            points.add(new ProfilePoint(d, Optional.of(100 + rise * d / 100), Optional.of(pace), Optional.of(pace * 0.9)));
        }
        return new ActivityProfile(points);
    }

    @Test
    void aSteadyRunSplitsIntoWholeKilometresAndTheRemainder() {
        List<ProfileSplits.Split> splits = ProfileSplits.of(steady(3500, 300, 2), 1000);

        assertThat(splits).hasSize(4);
        assertThat(splits.get(0).movingSeconds()).hasValueSatisfying(s -> assertThat(s).isCloseTo(300, within(1e-6)));
        assertThat(splits.get(0).gapSecondsPerKm()).hasValueSatisfying(s -> assertThat(s).isCloseTo(270, within(1e-6)));
        assertThat(splits.get(0).ascentMeters()).isCloseTo(20, within(1e-6));
        assertThat(splits.get(3).meters()).isCloseTo(500, within(1e-6));
        assertThat(splits.get(3).paceSecondsPerKm()).hasValueSatisfying(s -> assertThat(s).isCloseTo(300, within(1e-6)));
    }

    @Test
    void aSegmentAcrossABoundaryIsSharedAndMilesWorkTheSame() {
        List<ProfileSplits.Split> miles = ProfileSplits.of(steady(5000, 360, -3), 1609.344);

        assertThat(miles).hasSize(4);
        assertThat(miles.get(0).meters()).isCloseTo(1609.344, within(1e-6));
        assertThat(miles.get(0).descentMeters()).isCloseTo(1609.344 * 0.03, within(1e-6));
        assertThat(miles.stream().mapToDouble(ProfileSplits.Split::meters).sum()).isCloseTo(5000, within(1e-6));
    }

    @Test
    void aSplitMostlyWithoutTimesHasNoTimeRatherThanAShortOneAndAFewMissingPointsDoNotMatter() {
        List<ProfilePoint> points = new ArrayList<>(steady(2000, 300, 0).points());
        for (int i = 1; i <= 2; i++) {
            ProfilePoint p = points.get(i);
            points.set(i, new ProfilePoint(p.distanceMeters(), p.elevationMeters(), Optional.empty(), Optional.empty()));
        }
        ProfilePoint q = points.get(15);
        points.set(15, new ProfilePoint(q.distanceMeters(), q.elevationMeters(), Optional.empty(), Optional.empty()));

        List<ProfileSplits.Split> splits = ProfileSplits.of(new ActivityProfile(points), 1000);

        assertThat(splits.get(0).movingSeconds()).as("80 %% of the first km has a pace").isEmpty();
        assertThat(splits.get(1).movingSeconds()).as("90 %% of the second does, and stands for the rest")
                .hasValueSatisfying(s -> assertThat(s).isCloseTo(300, within(1e-6)));
    }
}
