package org.restwise.core.terrain;

import java.util.Objects;

/**
 * The flat distance that costs the same energy as a distance covered on a grade:
 * {@code flatEquivalent = distance × costRatio}.
 *
 * <p>The distance is what was travelled along the path (what a watch reports); the model's cost is
 * per metre travelled. At trail grades the difference from horizontal distance is small (0.5 % at
 * 10 %). Like {@link GradeAdjustedPace}, this is a metabolic equivalence: a descent comes out
 * shorter than it is, although its eccentric cost to the muscles is greater.
 *
 * @param distanceKm distance covered on the grade, km, not negative
 * @param gradeFraction grade as a fraction
 * @param costRatio cost ratio at the grade; positive
 * @param flatEquivalentKm flat-equivalent distance, km
 * @param model name of the grade-cost model
 */
public record FlatEquivalent(double distanceKm, double gradeFraction, double costRatio, double flatEquivalentKm,
        String model) {

    public FlatEquivalent {
        Objects.requireNonNull(model, "model");
        requireDistance(distanceKm);
        if (!Double.isFinite(costRatio) || costRatio <= 0) {
            throw new IllegalArgumentException("cost ratio must be positive, got " + costRatio);
        }
    }

    /** Flat equivalent of {@code distanceKm} at one steady grade, refusing grades outside the model's fit. */
    public static FlatEquivalent of(double distanceKm, double gradeFraction, GradeCostModel model) {
        requireDistance(distanceKm);
        double ratio = model.costRatio(model.requireFittedGrade(gradeFraction));
        return new FlatEquivalent(distanceKm, gradeFraction, ratio, distanceKm * ratio, model.name());
    }

    /**
     * Flat-equivalent metres of one track segment, for summing over a recorded activity. The grade
     * is the elevation change over the distance; the model clamps grades beyond its fit, because
     * GPS noise makes a few absurd segments in every real track and refusing them would refuse the
     * whole track.
     */
    public static double segmentMetres(double distanceMetres, double elevationChangeMetres, GradeCostModel model) {
        requireDistance(distanceMetres);
        if (distanceMetres == 0) {
            return 0;
        }
        return distanceMetres * model.costRatio(elevationChangeMetres / distanceMetres);
    }

    private static void requireDistance(double distance) {
        if (!Double.isFinite(distance) || distance < 0) {
            throw new IllegalArgumentException("distance must be a finite number, not negative, got " + distance);
        }
    }
}
