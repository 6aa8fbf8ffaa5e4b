package org.restwise.core.plan;

/**
 * The recovery week's numbers: the article says "reduce volume substantially and remove nearly all
 * intensity"; how much is ours, named and adjustable.
 *
 * @param volumeFraction target volume as a fraction of the recent weekly average
 * @param maxStrideSets sets of short relaxed strides kept for leg speed (the "nearly" in "nearly all")
 */
public record RecoveryWeekSettings(double volumeFraction, int maxStrideSets) {

    /** Ours: about 55 % of the recent average, within the 40–60 % reductions coaches commonly use. */
    public static final RecoveryWeekSettings DEFAULTS = new RecoveryWeekSettings(0.55, 1);

    public RecoveryWeekSettings {
        if (!(volumeFraction > 0 && volumeFraction < 1)) {
            throw new IllegalArgumentException("volume fraction must be between 0 and 1, got " + volumeFraction);
        }
        if (maxStrideSets < 0) {
            throw new IllegalArgumentException("stride sets must not be negative");
        }
    }
}
