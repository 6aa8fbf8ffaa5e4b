package org.restwise.core.terrain;

/**
 * The metabolic cost of running on slopes, from Minetti AE, Moia C, Roi GS, Susta D, Ferretti G
 * (2002), "Energy cost of walking and running at extreme uphill and downhill slopes",
 * J Appl Physiol 93:1039–1046, doi:10.1152/japplphysiol.01177.2001.
 *
 * <p>Cr(i) = 155.4 i⁵ − 30.4 i⁴ − 43.3 i³ + 46.3 i² + 19.5 i + 3.6 J·kg⁻¹·m⁻¹, with i the grade as
 * a fraction. The polynomial was fitted between −45 % and +45 %; grades beyond are clamped to that
 * range because the polynomial bends away from the measurements outside it.
 */
public final class MinettiRunningCost implements GradeCostModel {

    static final MinettiRunningCost INSTANCE = new MinettiRunningCost();

    /** Steepest grade, either way, at which the fit was measured. */
    public static final double MAX_FITTED_GRADE = 0.45;

    /** Cost of running on the flat, J·kg⁻¹·m⁻¹ (the polynomial's constant term). */
    public static final double FLAT_COST = 3.6;

    private MinettiRunningCost() {
    }

    @Override
    public String name() {
        return "Minetti et al. 2002 running cost";
    }

    /** Energy cost in J·kg⁻¹·m⁻¹ at the given grade (fraction), clamped to the fitted range. */
    public double joulesPerKilogramMetre(double gradeFraction) {
        if (Double.isNaN(gradeFraction)) {
            throw new IllegalArgumentException("grade must be a number, got NaN");
        }
        double i = Math.max(-MAX_FITTED_GRADE, Math.min(MAX_FITTED_GRADE, gradeFraction));
        return ((((155.4 * i - 30.4) * i - 43.3) * i + 46.3) * i + 19.5) * i + FLAT_COST;
    }

    @Override
    public double maxFittedGrade() {
        return MAX_FITTED_GRADE;
    }

    @Override
    public double costRatio(double gradeFraction) {
        return joulesPerKilogramMetre(gradeFraction) / FLAT_COST;
    }
}
