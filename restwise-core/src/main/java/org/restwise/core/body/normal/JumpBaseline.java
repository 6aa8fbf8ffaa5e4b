package org.restwise.core.body.normal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Today's jump result against a rolling baseline, as Polar's Leg Recovery Test reads it.
 *
 * <ul>
 * <li><b>Baseline</b> on day d: the mean of the daily results (see {@link JumpTest}) of the
 *     {@value #BASELINE_DAYS} days before d; it needs at least {@value #MIN_BASELINE_TESTS} of them
 *     (Polar: two tests in 28 days set a baseline, feedback starts with the third).
 * <li><b>Not recovered</b>: with a baseline of {@value #HIGH_BASELINE_CM} cm or more, today's result
 *     is {@value #HIGH_BASELINE_DROP_PERCENT} % or more under it; with a lower baseline, it is
 *     {@value #LOW_BASELINE_DROP_CM} cm or more under it (the two meet at 28 cm: 7 % of 28 is 1.96).
 * </ul>
 */
public final class JumpBaseline {

    public static final int BASELINE_DAYS = 28;
    public static final int MIN_BASELINE_TESTS = 2;
    public static final double HIGH_BASELINE_CM = 28.0;
    public static final double HIGH_BASELINE_DROP_PERCENT = 7.0;
    public static final double LOW_BASELINE_DROP_CM = 2.0;

    /** Daily jump results in centimetres (one a day: the best test of the day). */
    public JumpCheck assess(DailySeries resultsCm, LocalDate today) {
        List<Double> before = resultsCm.daysBefore(today, BASELINE_DAYS);
        Optional<Spread> baseline = before.size() >= MIN_BASELINE_TESTS ? Optional.of(Spread.of(before)) : Optional.empty();
        Optional<Learning> learning = baseline.isPresent() ? Optional.empty()
                : Optional.of(new Learning(before.size(), MIN_BASELINE_TESTS, "tests"));
        Optional<Double> todayCm = resultsCm.on(today);
        JumpStatus status = todayCm.isEmpty() ? JumpStatus.NO_TEST_TODAY
                : baseline.isEmpty() ? JumpStatus.LEARNING
                : notRecovered(todayCm.get(), baseline.get().mean()) ? JumpStatus.NOT_RECOVERED
                : JumpStatus.RECOVERED;
        return new JumpCheck(today, status, todayCm, baseline, learning);
    }

    static boolean notRecovered(double todayCm, double baselineCm) {
        double drop = baselineCm - todayCm;
        return baselineCm >= HIGH_BASELINE_CM
                ? drop >= baselineCm * HIGH_BASELINE_DROP_PERCENT / 100 - 1e-9
                : drop >= LOW_BASELINE_DROP_CM - 1e-9;
    }
}
