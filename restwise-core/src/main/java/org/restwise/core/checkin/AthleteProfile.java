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

    /**
     * This profile, when its heart rates can all be true at once: resting below threshold below
     * maximum. Otherwise throws {@link IllegalArgumentException} naming the field that cannot be,
     * so a typo never turns into a heart-rate target above the runner's maximum. Not checked by the
     * constructor, so that a journal written before this rule can still be read.
     */
    public AthleteProfile requireConsistentHeartRates() {
        below("athlete.restingHeartRate", restingHeartRate, "athlete.maxHeartRate", maxHeartRate);
        below("athlete.lactateThresholdHeartRate", lactateThresholdHeartRate, "athlete.maxHeartRate", maxHeartRate);
        below("athlete.restingHeartRate", restingHeartRate, "athlete.lactateThresholdHeartRate", lactateThresholdHeartRate);
        return this;
    }

    /** Whether the threshold heart rate, when known, sits below the maximum, when known. */
    public boolean thresholdBelowMaximum() {
        return lactateThresholdHeartRate.isEmpty() || maxHeartRate.isEmpty()
                || lactateThresholdHeartRate.get() < maxHeartRate.get();
    }

    private static void below(String lowerField, Optional<Integer> lower, String upperField, Optional<Integer> upper) {
        if (lower.isPresent() && upper.isPresent() && lower.get() >= upper.get()) {
            throw new IllegalArgumentException(lowerField + " must be below " + upperField + " (" + upper.get()
                    + " bpm), got " + lower.get());
        }
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
