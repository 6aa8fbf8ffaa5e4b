package org.restwise.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restwise.core.terrain.GradeCostModel;

/** A track of any length is drawn from a bounded number of points, and looks the same. */
class BoundedProfileTest {

    private static final double DEGREE = Position.EARTH_RADIUS_METERS * Math.PI / 180;

    @Test
    void aSeriesPastItsLimitKeepsAtMostTheLimitAndBothEnds() {
        BoundedSeries series = new BoundedSeries(1000);
        for (int i = 0; i <= 1_000_000; i++) {
            series.add(i * 2.5, i);
        }
        DistanceSeries kept = series.series();
        assertThat(kept.at().length).isLessThanOrEqualTo(1001);
        assertThat(kept.at()[0]).isEqualTo(0.0);
        assertThat(kept.at()[kept.at().length - 1]).isEqualTo(2_500_000.0);
    }

    @Test
    void aSeriesUnderItsLimitKeepsEveryPoint() {
        BoundedSeries series = new BoundedSeries(1000);
        for (int i = 0; i < 999; i++) {
            series.add(i, -i);
        }
        assertThat(series.series().at()).hasSize(999);
    }

    @Test
    void aThinnedTrackDrawsTheProfileOfTheWholeTrack() {
        Activity hills = hills(60_000);
        List<ProfilePoint> whole = StoredSamplesProfile.of(hills, GradeCostModel.minetti(), 500).points();
        ProfileTrack thinned = new ProfileTrack(2_000);
        thinned.startSegment();
        thinned.points(hills.segments().get(0).columns());
        List<ProfilePoint> drawn = thinned.profile(GradeCostModel.minetti(), 500).points();
        assertThat(drawn).hasSameSizeAs(whole);
        for (int k = 0; k < whole.size(); k++) {
            assertThat(drawn.get(k).distanceMeters()).isEqualTo(whole.get(k).distanceMeters());
            assertThat(drawn.get(k).elevationMeters().orElseThrow())
                    .isCloseTo(whole.get(k).elevationMeters().orElseThrow(), within(1.0));
            assertThat(drawn.get(k).paceSecondsPerKm().orElseThrow())
                    .isCloseTo(whole.get(k).paceSecondsPerKm().orElseThrow(), within(5.0));
        }
    }

    /** A 3 m/s run over rolling hills (100 m up and down every 10 km), one point a second. */
    private static Activity hills(int seconds) {
        SampleColumns.Builder b = new SampleColumns.Builder();
        Instant t0 = Instant.parse("2024-06-01T06:00:00Z");
        for (int i = 0; i < seconds; i++) {
            double north = i * 3.0;
            b.time(t0.plusSeconds(i)).position(45 + north / DEGREE, 7)
                    .elevationMeters(1000 + 50 * Math.sin(north / 10000 * 2 * Math.PI)).addPoint();
        }
        return new Activity(Sport.RUNNING, List.of(new TrackSegment(b.build())), DeviceTotals.NONE);
    }
}
