package org.restwise.core.body.normal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * One countermovement-jump test: three jumps, heights in centimetres. Its result is the best of the
 * three, or their median when the highest and lowest are more than {@value #MEDIAN_SPREAD_CM} cm
 * apart, so that one odd jump (a slip, a mis-read, a lucky spring) does not decide it; of several
 * tests in a day the best result counts. That is Polar's Leg Recovery Test as our spec
 * (BODY-SIGNALS.md) and the issue describe it. Claudino et al. 2017 (doi:10.1016/j.jsams.2016.08.011)
 * found the average of several jumps somewhat more sensitive to fatigue than the highest one; the
 * best jump is what a runner can repeat without a protocol, and the baseline is read the same way.
 */
public record JumpTest(List<Double> jumpsCm) {

    public static final int JUMPS = 3;
    public static final double MEDIAN_SPREAD_CM = 10.0;

    public JumpTest {
        jumpsCm = List.copyOf(jumpsCm);
        if (jumpsCm.size() != JUMPS) {
            throw new IllegalArgumentException("a jump test is " + JUMPS + " jumps, not " + jumpsCm.size());
        }
        for (double cm : jumpsCm) {
            if (!Double.isFinite(cm) || cm <= 0) {
                throw new IllegalArgumentException("a jump height must be above 0 cm, not " + cm);
            }
        }
    }

    public static JumpTest of(double first, double second, double third) {
        return new JumpTest(List.of(first, second, third));
    }

    /** The test's result in centimetres: the best jump, or the median when the jumps spread over 10 cm. */
    public double resultCm() {
        List<Double> sorted = jumpsCm.stream().sorted().toList();
        double spread = sorted.get(JUMPS - 1) - sorted.get(0);
        return spread > MEDIAN_SPREAD_CM ? sorted.get(JUMPS / 2) : sorted.get(JUMPS - 1);
    }

    /** The day's result when several tests were taken: the best one. */
    public static double bestOfDayCm(Collection<JumpTest> tests) {
        return tests.stream().map(JumpTest::resultCm).max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalArgumentException("a day's best needs at least one test"));
    }
}
