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

    /** The default model: Minetti et al. 2002. */
    static GradeCostModel minetti() {
        return MinettiRunningCost.INSTANCE;
    }
}
