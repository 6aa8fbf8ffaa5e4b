package org.restwise.core.terrain;

import java.util.Objects;
import org.restwise.core.units.Pace;

/**
 * The flat pace that costs the same energy as a pace run on a grade: {@code flat = pace / costRatio}.
 *
 * <p>A 6:00/km climb at 10 % costs 1.66 times the flat per metre under Minetti et al. 2002, so it is
 * worth about 3:37/km on the flat. The equivalence is metabolic (energy per metre), measured at
 * steady state; it says nothing about the eccentric damage of descents, which is why a steep
 * descent can be "cheap" here and still wreck the legs.
 *
 * @param gradeFraction grade as a fraction (0.10 is a 10 % climb)
 * @param costRatio cost per metre at the grade divided by the flat cost; positive
 * @param pace the pace actually run on the grade
 * @param flatEquivalent the grade-adjusted pace
 * @param model name of the grade-cost model that produced {@code costRatio}
 */
public record GradeAdjustedPace(double gradeFraction, double costRatio, Pace pace, Pace flatEquivalent,
        String model) {

    public GradeAdjustedPace {
        Objects.requireNonNull(pace, "pace");
        Objects.requireNonNull(flatEquivalent, "flatEquivalent");
        Objects.requireNonNull(model, "model");
        if (!Double.isFinite(costRatio) || costRatio <= 0) {
            throw new IllegalArgumentException("cost ratio must be positive, got " + costRatio);
        }
    }

    /** Grade-adjusts {@code pace} run at {@code gradeFraction}, refusing grades outside the model's fit. */
    public static GradeAdjustedPace of(Pace pace, double gradeFraction, GradeCostModel model) {
        double ratio = model.costRatio(model.requireFittedGrade(gradeFraction));
        Pace flat = Pace.ofSecondsPerKilometre(pace.secondsPerKilometre() / ratio);
        return new GradeAdjustedPace(gradeFraction, ratio, pace, flat, model.name());
    }
}
