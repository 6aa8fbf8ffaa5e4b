package org.restwise.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradeStretchesTest {

    @Test
    void aStretchWaitsForTheSmoothedElevationOfItsEndThenComesOutInOrder() {
        List<double[]> out = new ArrayList<>();
        GradeStretches stretches = new GradeStretches(50);
        stretches.position(0, 0, (m, c) -> out.add(new double[] {m, c}));
        stretches.position(60, 1, (m, c) -> out.add(new double[] {m, c}));
        stretches.position(120, 1, (m, c) -> out.add(new double[] {m, c}));
        assertThat(out).isEmpty(); // the first waits for sample 1, the flat second waits behind it

        stretches.smoothed(0, 1000, (m, c) -> out.add(new double[] {m, c}));
        stretches.smoothed(1, 1006, (m, c) -> out.add(new double[] {m, c}));

        assertThat(out).containsExactly(new double[] {60, 6}, new double[] {60, 0});
        assertThat(stretches.allDelivered()).isTrue();
    }

    @Test
    void positionsRunningOnForKilometresWithoutElevationQueueABoundedNumberOfStretches() {
        double[] delivered = new double[1];
        GradeStretches stretches = new GradeStretches(50);
        stretches.position(0, 0, (m, c) -> delivered[0] += m);
        for (int i = 1; i <= 100_000; i++) {
            // Sample 1 was the last elevation; its smoothed value comes only when the segment ends.
            stretches.position(i * 60.0, 1, (m, c) -> delivered[0] += m);
        }
        assertThat(stretches.waitingCount()).isLessThanOrEqualTo(GradeStretches.MAX_WAITING);

        stretches.smoothed(0, 1000, (m, c) -> delivered[0] += m);
        stretches.smoothed(1, 1000, (m, c) -> delivered[0] += m);
        assertThat(delivered[0]).isEqualTo(100_000 * 60.0);
    }
}
