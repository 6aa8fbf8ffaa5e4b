package org.restwise.core.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RmssdTest {

    private static double[] alternating(int beats, double low, double high) {
        double[] rr = new double[beats];
        for (int i = 0; i < beats; i++) {
            rr[i] = i % 2 == 0 ? low : high;
        }
        return rr;
    }

    @ParameterizedTest(name = "{0}/{1} ms alternating: rMSSD {2} ms, {3} bpm")
    @CsvSource({"1000, 1040, 40, 59", "800, 850, 50, 73", "600, 606, 6, 100"})
    void alternatingIntervalsHaveTheirStepAsRmssd(double low, double high, double rmssd, int bpm) {
        Rmssd result = Rmssd.of(RrIntervals.of(alternating(60, low, high))).orElseThrow();

        assertThat(result.millis()).isCloseTo(rmssd, within(1e-9));
        assertThat(result.heartRateBpm()).isEqualTo(bpm);
        assertThat(result.kept()).isEqualTo(60);
        assertThat(result.differences()).isEqualTo(59);
    }

    @Test
    void rmssdIsTheRootOfTheMeanSquaredDifference() {
        // differences 10, -20, 30 repeated: mean square (100 + 400 + 900) / 3
        double[] rr = new double[61];
        rr[0] = 900;
        double[] steps = {10, -20, 30, -20};
        for (int i = 1; i < rr.length; i++) {
            rr[i] = rr[i - 1] + steps[(i - 1) % 4];
        }

        Rmssd result = Rmssd.of(RrIntervals.of(rr)).orElseThrow();

        assertThat(result.millis()).isCloseTo(Math.sqrt((100 + 400 + 900 + 400) / 4.0), within(1e-9));
    }

    @Test
    void aRefusedRecordingGivesNoRmssd() {
        assertThat(Rmssd.of(RrIntervals.of(alternating(20, 900, 920)))).isEmpty();
    }

    @Test
    void aFlatLineGivesNoRmssd() {
        assertThat(Rmssd.of(RrIntervals.of(alternating(60, 900, 900)))).isEmpty();
    }
}
