package org.restwise.core.terrain;

/**
 * ITRA's kilometre-effort: {@code kmEffort = distance km + ascent m / 100}, so 100 m of climbing
 * counts as one more kilometre. It is a rule of thumb for comparing races (ITRA race categories),
 * not a physiological model: descent counts for nothing, and the weight of climbing is the same at
 * every grade. See {@link GradeCostModel} for an energy-based comparison.
 *
 * @param distanceKm distance, km, not negative
 * @param ascentMetres total ascent (D+), metres, not negative
 */
public record KmEffort(double distanceKm, double ascentMetres) {

    /** ITRA: metres of ascent that count as one kilometre of effort. */
    public static final double ASCENT_METRES_PER_KM_EFFORT = 100.0;

    public KmEffort {
        if (!Double.isFinite(distanceKm) || distanceKm < 0) {
            throw new IllegalArgumentException("distance must be a finite number of km, not negative, got " + distanceKm);
        }
        if (!Double.isFinite(ascentMetres) || ascentMetres < 0) {
            throw new IllegalArgumentException("ascent must be a finite number of metres, not negative, got " + ascentMetres);
        }
    }

    /** Kilometre-effort, in "effort kilometres". */
    public double kmEffort() {
        return distanceKm + ascentMetres / ASCENT_METRES_PER_KM_EFFORT;
    }
}
