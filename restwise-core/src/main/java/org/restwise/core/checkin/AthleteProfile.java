package org.restwise.core.checkin;

import java.util.Optional;

/**
 * What we know of the runner's physiology. Every value is optional: advice works without them and
 * gets more specific with them.
 *
 * @param maxHeartRate maximum heart rate, beats per minute
 * @param restingHeartRate resting heart rate, beats per minute
 * @param lactateThresholdHeartRate heart rate at lactate threshold, beats per minute
 * @param usualDomsDays how many days the runner's soreness usually lasts after hard sessions
 */
public record AthleteProfile(
        Optional<Integer> maxHeartRate,
        Optional<Integer> restingHeartRate,
        Optional<Integer> lactateThresholdHeartRate,
        Optional<Integer> usualDomsDays) {

    public static final AthleteProfile UNKNOWN =
            new AthleteProfile(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public AthleteProfile {
        Range.check("athlete.maxHeartRate", maxHeartRate, Range.HEART_RATE_BPM);
        Range.check("athlete.restingHeartRate", restingHeartRate, Range.HEART_RATE_BPM);
        Range.check("athlete.lactateThresholdHeartRate", lactateThresholdHeartRate, Range.HEART_RATE_BPM);
        Range.check("athlete.usualDomsDays", usualDomsDays, Range.DAYS_OF_SORENESS);
    }

    /** This profile with every value it lacks taken from {@code fallback}. */
    public AthleteProfile orElse(AthleteProfile fallback) {
        return new AthleteProfile(
                maxHeartRate.or(fallback::maxHeartRate),
                restingHeartRate.or(fallback::restingHeartRate),
                lactateThresholdHeartRate.or(fallback::lactateThresholdHeartRate),
                usualDomsDays.or(fallback::usualDomsDays));
    }
}
