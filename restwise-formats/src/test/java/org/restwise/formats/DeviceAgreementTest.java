package org.restwise.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.restwise.core.activity.ActivitySummary;
import org.restwise.core.activity.DeviceTotals;

/**
 * What we measure against what the devices wrote in the same files (FIT session totals, TCX lap
 * totals). Tolerances are the differences explained in docs/activities.md: GPS jitter and device
 * smoothing for distance, the hysteresis band for climbing.
 */
class DeviceAgreementTest {

    private static ReadActivity read(String name) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        new ActivityFiles().read(Fixtures.file(name), outcomes::add);
        assertThat(outcomes).hasSize(1).first().isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) outcomes.get(0)).activity();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, distance tolerance (fraction of the device's distance)
        "fit/sportslib--runs--6910052863.fit, 0.01",
        "fit/sportslib--runs--6916728382.fit, 0.01",
        "fit/sportslib--runs--6914448270.fit, 0.01",
        "fit/fitparserjs--running-with-developer-data.fit, 0.01",
        "fit/gpsbabel--garmin-forerunner-10.fit, 0.01",
        "fit/sportslib--runs--6782987395.fit, 0.015",
        "tcx/tcxparser--test.tcx, 0.01",
        "tcx/tcxreader--cross-country-skiing_activity_1.tcx, 0.01",
    })
    void distanceAgreesWithTheDevice(String name, double tolerance) {
        ReadActivity read = read(name);
        double device = read.activity().deviceTotals().distanceMeters().orElseThrow();
        ActivitySummary summary = read.activity().summary();
        assertThat(summary.distanceMeters().orElseThrow()).isCloseTo(device, within(device * tolerance));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, ascent tolerance in metres: the Suunto barometric trail run, the 910XT mountain run,
        // the Forerunner 945 and the fenix 5X agree to within the hysteresis band per big climb
        "fit/sportslib--runs--6910052863.fit, 10",
        "fit/sportslib--samples--garmin.fit, 40",
        "fit/sportslib--runs--6782987395.fit, 10",
        "fit/fitparserjs--running-with-developer-data.fit, 5",
        "fit/sportslib--runs--6916728382.fit, 30",
    })
    void ascentAgreesWithTheDevice(String name, double toleranceMeters) {
        ReadActivity read = read(name);
        double device = read.activity().deviceTotals().ascentMeters().orElseThrow();
        ActivitySummary summary = read.activity().summary();
        assertThat(summary.ascentMeters().orElseThrow()).isCloseTo(device, within(toleranceMeters));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "fit/sportslib--runs--6782987395.fit",
        "fit/sportslib--runs--6916728382.fit",
        "fit/fitparserjs--running-with-developer-data.fit",
        "fit/sportslib--runs--6860622783.fit",
        "tcx/sportslib--runs--6782987395.tcx",
        "tcx/sportslib--samples--garmin.tcx",
        "tcx/sportslib--runs--6281425038.tcx",
    })
    void heartRateAgreesWithTheDevice(String name) {
        ReadActivity read = read(name);
        DeviceTotals device = read.activity().deviceTotals();
        ActivitySummary summary = read.activity().summary();
        assertThat(summary.avgHeartRateBpm().orElseThrow()).isCloseTo(device.avgHeartRateBpm().orElseThrow(), within(1));
        assertThat(summary.maxHeartRateBpm()).isEqualTo(device.maxHeartRateBpm());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "fit/sportslib--runs--6910052863.fit, 0.07",
        "fit/sportslib--runs--6916728382.fit, 0.02",
        "fit/fitparse--activity-small-fenix2-run.fit, 0.02",
        "tcx/tcxparser--test.tcx, 0.02",
        "tcx/sportslib--runs--6281425038.tcx, 0.02",
    })
    void movingTimeAgreesWithTheDevicesTimer(String name, double tolerance) {
        ReadActivity read = read(name);
        double timer = read.activity().deviceTotals().timer().orElseThrow().toMillis() / 1000.0;
        ActivitySummary summary = read.activity().summary();
        assertThat(summary.movingSeconds().orElseThrow()).isCloseTo(timer, within(timer * tolerance));
    }
}
