package org.restwise.core.terrain;

/**
 * The energy cost of running on a slope relative to running on the flat.
 *
 * <p>A ratio of 1.0 means the grade costs what the flat costs; 2.0 means each metre costs twice as
 * much. Grades are fractions (0.10 is a 10 % climb, -0.10 a 10 % descent).
 */
public interface GradeCostModel {

    /** The model's name, shown beside every figure it produced. */
    String name();

    /** Cost of one metre at {@code gradeFraction} divided by the cost of one metre on the flat. */
    double costRatio(double gradeFraction);

    /**
     * Steepest grade (fraction, either way) the model was fitted on. Calculators that answer a
     * runner's question refuse grades beyond it rather than extrapolate.
     */
    double maxFittedGrade();

    /**
     * Refuses a grade this model cannot answer for: NaN, infinite, or beyond {@link
     * #maxFittedGrade()}.
     *
     * @return the grade, unchanged
     */
    default double requireFittedGrade(double gradeFraction) {
        if (!Double.isFinite(gradeFraction) || Math.abs(gradeFraction) > maxFittedGrade()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "grade must be between -%s %% and %s %% for the %s model, got %s %%",
                    percent(maxFittedGrade()), percent(maxFittedGrade()), name(), percent(gradeFraction)));
        }
        return gradeFraction;
    }

    private static String percent(double fraction) {
        return java.math.BigDecimal.valueOf(fraction * 100).stripTrailingZeros().toPlainString();
    }

    /** The default model: Minetti et al. 2002. */
    static GradeCostModel minetti() {
        return MinettiRunningCost.INSTANCE;
    }
}
