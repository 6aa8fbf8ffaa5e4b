package org.restwise.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.restwise.core.activity.ActivitySummary;

/**
 * Distance and duration against gpxpy 1.5.0 (Debian python3-gpxpy), recorded with
 * {@code gpx = gpxpy.parse(open(f)); gpx.length_2d(); gpx.get_duration(); gpx.get_points_no()}.
 * gpxpy uses an equatorial radius (6378 km), we the mean one (6371 km): 0.11 % shorter, plus the
 * GPS spikes we drop; all agree within 1 %. Climbing is not compared: gpxpy counts every wiggle (see docs/activities.md).
 */
class GpxpyAgreementTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, gpxpy length_2d (m), gpxpy duration (s, -1 = None), gpxpy points
        // 8 tracks: gpxpy sums each track's duration (4239 s), the contract measures first to last
        "gpx/gpxpy--cerknicko-jezero.gpx, 4580.1, -1, 296",
        "gpx/gpxpy--korita-zbevnica.gpx, 14913.7, -1, 871",
        "gpx/sportslib--samples--movescount.gpx, 12278.4, 6548, 1592",
        "gpx/sportslib--samples--strava.gpx, 21141.6, 7723, 7264",
        "gpx/sportslib--runs--6909258631.gpx, 40881.8, 23422, 2665",
        "gpx/jpx--Gpx-full-sample.gpx, 11804.2, 2757, 2747",
        "gpx/gpxpy--Mojstrovka.gpx, 2700.6, 0, 184",
        "gpx/sportslib--runs--6782987395.gpx, 14168.6, 4989, 4967",
    })
    void distanceDurationAndPointsAgreeWithGpxpy(String name, double lengthMeters, double durationSeconds,
                                                  int points) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        new ActivityFiles().read(Fixtures.file(name), outcomes::add);
        ReadActivity read = ((ReadOutcome.Read) outcomes.get(0)).activity();
        ActivitySummary summary = read.activity().summary();
        assertThat(summary.points()).isEqualTo(points);
        assertThat(summary.distanceMeters().orElseThrow()).isCloseTo(lengthMeters, within(lengthMeters * 0.01));
        if (durationSeconds >= 0) {
            assertThat(summary.durationSeconds().orElseThrow()).isCloseTo(durationSeconds, within(1.0));
        }
    }
}
