package org.restwise.core.plan;

/**
 * The numbers of the post-race plan that the article does not give: our defaults, named, and
 * adjustable by a coach who knows the runner better.
 *
 * @param effortKmPerNonImpactDay kilometre-effort that adds one day of non-impact work before running
 * @param descentMetersPerNonImpactDay metres of descent that add one more such day
 * @param maxNonImpactDays the longest non-impact phase we plan
 * @param returnToRunningDays how long the gated return to easy running lasts
 * @param minimumDaysBeforeRunningAfterUltra no running before this day after an ultra
 */
public record PostRacePlanSettings(
        double effortKmPerNonImpactDay,
        double descentMetersPerNonImpactDay,
        int maxNonImpactDays,
        int returnToRunningDays,
        int minimumDaysBeforeRunningAfterUltra) {

    /**
     * Ours: a flat marathon gives two non-impact days, a mountain 50 km about five, a 100-mile race
     * the full fourteen; no running in the week after an ultra (the engine's rule too).
     */
    public static final PostRacePlanSettings DEFAULTS = new PostRacePlanSettings(20, 1000, 14, 7, 7);

    public PostRacePlanSettings {
        if (effortKmPerNonImpactDay <= 0 || descentMetersPerNonImpactDay <= 0 || maxNonImpactDays < 1
                || returnToRunningDays < 1 || minimumDaysBeforeRunningAfterUltra < 0) {
            throw new IllegalArgumentException("post-race plan settings must be positive");
        }
    }
}
