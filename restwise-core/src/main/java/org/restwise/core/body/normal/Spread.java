package org.restwise.core.body.normal;

import java.util.Collection;
import java.util.Optional;

/**
 * The mean and sample standard deviation of some readings, in their own unit.
 *
 * <p>{@code sd = sqrt(Σ(x − mean)² / (n − 1))}, the sample standard deviation, as the monitoring
 * literature computes a runner's day-to-day spread. Invariant: {@code count ≥ 2}, both figures finite,
 * {@code standardDeviation ≥ 0}.
 */
public record Spread(int count, double mean, double standardDeviation) {

    public Spread {
        if (count < 2) {
            throw new IllegalArgumentException("a spread needs at least 2 readings, not " + count);
        }
        if (!Double.isFinite(mean) || !Double.isFinite(standardDeviation) || standardDeviation < 0) {
            throw new IllegalArgumentException("mean " + mean + " and standard deviation " + standardDeviation
                    + " must be finite, the deviation 0 or more");
        }
    }

    public static Spread of(Collection<Double> readings) {
        int n = readings.size();
        if (n < 2) {
            throw new IllegalArgumentException("a spread needs at least 2 readings, not " + n);
        }
        double mean = readings.stream().mapToDouble(Double::doubleValue).sum() / n;
        double squares = readings.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        return new Spread(n, mean, Math.sqrt(squares / (n - 1)));
    }

    /** {@code 100 × sd / mean}, in percent; empty when the mean is not above zero. */
    public Optional<Double> coefficientOfVariationPercent() {
        return mean > 0 ? Optional.of(100 * standardDeviation / mean) : Optional.empty();
    }
}
