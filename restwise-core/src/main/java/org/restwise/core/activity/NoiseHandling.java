package org.restwise.core.activity;

/**
 * The constants that separate a runner's movement from sensor noise, in one place so each figure
 * can be traced to one decision. {@link #DEFAULT} is what {@code restwise analyze} uses; see
 * {@code docs/activities.md} for how each value was chosen.
 *
 * @param maxFootSpeedMetersPerSecond  a position implying a faster step on foot is a GPS spike.
 *                                     15 m/s (54 km/h) is above the fastest human sprint (12.4 m/s)
 * @param maxWheelSpeedMetersPerSecond the same limit for cycling, skiing and unknown sports (40 m/s)
 * @param spikeRunToReanchor           after this many rejected positions in a row the track really
 *                                     moved (or the anchor was the spike): accept and go on
 * @param movingSpeedMetersPerSecond   slower than this counts as stopped (0.3 m/s ≈ 1.1 km/h, just
 *                                     above gpxpy's 1 km/h; slow steep hiking is still above it)
 * @param movingWindowSeconds          speed is judged over windows of at least this length: some
 *                                     watches update distance only every few seconds
 * @param elevationMedianWindow        samples in the centred running median that removes single
 *                                     elevation spikes before counting climbs
 * @param elevationHysteresisMeters    a climb or descent counts once elevation has turned by this
 *                                     much; smaller swings are sensor noise
 * @param gradeWindowMeters            grades are measured over stretches of at least this length, so
 *                                     metre-scale GPS jitter does not become 50 % grades
 * @param downhillGradeFraction        a stretch at least this steep downwards counts as downhill
 */
public record NoiseHandling(
        double maxFootSpeedMetersPerSecond,
        double maxWheelSpeedMetersPerSecond,
        int spikeRunToReanchor,
        double movingSpeedMetersPerSecond,
        double movingWindowSeconds,
        int elevationMedianWindow,
        double elevationHysteresisMeters,
        double gradeWindowMeters,
        double downhillGradeFraction) {

    public static final NoiseHandling DEFAULT = new NoiseHandling(15.0, 40.0, 5, 0.3, 10.0, 5, 5.0, 50.0, 0.02);

    public NoiseHandling {
        if (!(maxFootSpeedMetersPerSecond > 0) || !(maxWheelSpeedMetersPerSecond > 0)) {
            throw new IllegalArgumentException("maximum speeds must be positive");
        }
        if (spikeRunToReanchor < 1) {
            throw new IllegalArgumentException("spikeRunToReanchor must be at least 1, got " + spikeRunToReanchor);
        }
        if (!(movingSpeedMetersPerSecond >= 0) || !(movingWindowSeconds >= 0)) {
            throw new IllegalArgumentException("moving speed must be >= 0, got " + movingSpeedMetersPerSecond);
        }
        if (elevationMedianWindow < 1 || elevationMedianWindow % 2 == 0) {
            throw new IllegalArgumentException("elevation median window must be odd and positive, got "
                    + elevationMedianWindow);
        }
        if (!(elevationHysteresisMeters >= 0) || !(gradeWindowMeters > 0) || !(downhillGradeFraction >= 0)) {
            throw new IllegalArgumentException("hysteresis, grade window and downhill grade must be positive");
        }
    }
}
