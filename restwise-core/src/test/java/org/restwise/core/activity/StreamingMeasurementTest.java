package org.restwise.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.restwise.core.terrain.GradeCostModel;

/**
 * Measuring while reading gives, to the last bit, what measuring every stored sample gave before
 * ({@link StoredSamplesAnalyzer}, {@link StoredSamplesProfile}), on generated activities that cross
 * the writer's chunks, split on the sport and the 0 m rule, and have elevation on few points.
 */
class StreamingMeasurementTest {

    private static final int CASES = 300;

    @Test
    void streamedSummaryEqualsTheSummaryOfStoredSamples() {
        for (long seed = 1; seed <= CASES; seed++) {
            Activity activity = GeneratedActivities.activity(seed, 5000);
            ActivitySummary expected = StoredSamplesAnalyzer.standard().summarize(activity);
            MeasuredActivity streamed = GeneratedActivities.written(activity, ActivityAnalyzer.standard().measurer());
            assertThat(streamed.summary()).as("seed %d", seed).isEqualTo(expected);
        }
    }

    @Test
    void summarizingStoredSamplesEqualsTheOldAnalyzer() {
        for (long seed = 1; seed <= CASES; seed++) {
            Activity activity = GeneratedActivities.activity(seed, 3000);
            assertThat(ActivityAnalyzer.standard().summarize(activity)).as("seed %d", seed)
                    .isEqualTo(StoredSamplesAnalyzer.standard().summarize(activity));
        }
    }

    @Test
    void streamedProfileEqualsTheProfileOfStoredSamples() {
        GradeCostModel minetti = GradeCostModel.minetti();
        for (long seed = 1; seed <= CASES / 4; seed++) {
            Activity activity = GeneratedActivities.activity(seed, 5000);
            MeasuredActivity streamed = GeneratedActivities.written(activity,
                    ActivityAnalyzer.standard().measurerWithProfile(ActivityProfile.DEFAULT_POINTS));
            assertThat(streamed.profile().points()).as("seed %d", seed)
                    .isEqualTo(StoredSamplesProfile.of(activity, minetti, ActivityProfile.DEFAULT_POINTS).points());
        }
    }
}
