package org.restwise.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportedActivityTest {

    private static final Instant START = Instant.parse("2019-06-15T09:42:23Z");

    private static ImportedActivity activity(String format, Instant start, Double meters, Double deviceMeters, double seconds) {
        ActivitySummary summary = new ActivitySummary(Optional.of(start), 100, Optional.ofNullable(meters),
                Optional.ofNullable(deviceMeters), Optional.of(seconds), Optional.of(seconds), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        return new ImportedActivity("x." + format.toLowerCase(), format, Sport.RUNNING, summary,
                new InferredSessionType(SessionType.EASY, "test"));
    }

    @Test
    void startsAMinuteApartWithDistancesWithinThreePercentAreOneRun() {
        ImportedActivity fit = activity("FIT", START, 14_150.0, 14_090.0, 4860);
        ImportedActivity gpx = activity("GPX", START.plusSeconds(60), 14_500.0, null, 4890);

        assertThat(fit.isSameRunAs(gpx)).isTrue();
        assertThat(gpx.isSameRunAs(fit)).isTrue();
    }

    @Test
    void startsMoreThanAMinuteApartAreTwoRuns() {
        assertThat(activity("FIT", START, 14_150.0, null, 4860)
                .isSameRunAs(activity("GPX", START.plusSeconds(61), 14_150.0, null, 4860))).isFalse();
    }

    @Test
    void distancesMoreThanThreePercentApartAreTwoRuns() {
        assertThat(activity("FIT", START, 10_000.0, null, 3600)
                .isSameRunAs(activity("GPX", START, 10_400.0, null, 3600))).isFalse();
    }

    @Test
    void withoutDistanceTheDurationsDecide() {
        assertThat(activity("FIT", START, null, null, 2946).isSameRunAs(activity("TCX", START, null, null, 2950))).isTrue();
        assertThat(activity("FIT", START, null, null, 2946).isSameRunAs(activity("TCX", START, null, null, 3600))).isFalse();
    }

    @Test
    void theSameValuesGiveTheSameFingerprintAndAnotherFormatAnother() {
        assertThat(activity("FIT", START, 14_150.0, null, 4860).fingerprint())
                .isEqualTo(activity("FIT", START, 14_150.0, null, 4860).fingerprint())
                .hasSize(64)
                .isNotEqualTo(activity("GPX", START, 14_150.0, null, 4860).fingerprint());
    }
}
