package org.restwise.core.activity;

import java.util.Objects;
import java.util.Optional;

/**
 * The fastest the track moved over a whole minute and over a whole ten minutes, metres per second:
 * what tells a run from a ride or a drive when the file does not say. Empty when the track has no
 * stretch that long with times and positions (a treadmill, a short file, a file without times).
 * Each step counts at most the spike speed on foot ({@link NoiseHandling#maxFootSpeedMetersPerSecond()}),
 * and the minute at most the straight line between its ends, so a GPS jump cannot make a run look
 * fast; a stretch never spans a recording gap.
 *
 * @param fastestMinuteMetersPerSecond     the best average over any 60 s of the track
 * @param fastestTenMinutesMetersPerSecond the best average over any 600 s of the track
 */
public record SustainedSpeeds(Optional<Double> fastestMinuteMetersPerSecond,
                              Optional<Double> fastestTenMinutesMetersPerSecond) {

    public static final SustainedSpeeds UNKNOWN = new SustainedSpeeds(Optional.empty(), Optional.empty());

    /** The two stretch lengths, seconds. */
    public static final double MINUTE_SECONDS = 60;
    public static final double TEN_MINUTES_SECONDS = 600;

    public SustainedSpeeds {
        Objects.requireNonNull(fastestMinuteMetersPerSecond, "fastestMinuteMetersPerSecond");
        Objects.requireNonNull(fastestTenMinutesMetersPerSecond, "fastestTenMinutesMetersPerSecond");
    }
}
