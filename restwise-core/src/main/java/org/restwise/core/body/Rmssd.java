package org.restwise.core.body;

import java.util.Optional;

/**
 * rMSSD, the root mean square of successive differences between normal beat-to-beat intervals: the
 * time-domain measure of beat-to-beat (mostly vagal) variability defined by the Task Force of the
 * European Society of Cardiology and the North American Society of Pacing and Electrophysiology,
 * "Heart rate variability: standards of measurement, physiological interpretation, and clinical use",
 * Circulation 1996;93:1043–1065. Here taken over the differences {@link ArtefactFilter} leaves.
 *
 * @param millis           rMSSD, ms, above 0 and at most 500 (the 20 % rule keeps successive
 *                         differences under 400 ms, so a filtered recording never exceeds it)
 * @param meanRrMillis     mean of the kept intervals, ms
 * @param recorded         values the recording held
 * @param kept             intervals kept by the filter
 * @param differences      successive differences the rMSSD was taken over
 */
public record Rmssd(double millis, double meanRrMillis, int recorded, int kept, int differences) {

    public Rmssd {
        if (!(millis > 0 && millis <= 500) || !RrIntervals.plausible(meanRrMillis)
                || kept < 1 || differences < 1 || recorded < kept) {
            throw new IllegalArgumentException("rMSSD must be 0–500 ms over kept, counted beats, got " + millis
                    + " ms over " + differences + " differences of " + kept + "/" + recorded + " beats");
        }
    }

    /** rMSSD by the standard filter, or empty when the recording is refused ({@link FilteredIntervals#refusal}). */
    public static Optional<Rmssd> of(RrIntervals intervals) {
        return of(ArtefactFilter.STANDARD.apply(intervals));
    }

    /** Empty when the filter refused the recording, or when every neighbouring pair was identical (no variability is a flat line, not a heart). */
    public static Optional<Rmssd> of(FilteredIntervals filtered) {
        if (filtered.refusal().isPresent()) {
            return Optional.empty();
        }
        double sumOfSquares = 0;
        for (double d : filtered.differences()) {
            sumOfSquares += d * d;
        }
        double rmssd = Math.sqrt(sumOfSquares / filtered.differences().size());
        if (!(rmssd > 0)) {
            return Optional.empty();
        }
        double sum = 0;
        for (double ms : filtered.kept()) {
            sum += ms;
        }
        return Optional.of(new Rmssd(rmssd, sum / filtered.kept().size(), filtered.recorded(),
                filtered.kept().size(), filtered.differences().size()));
    }

    /** The heart rate of the recording, from its mean kept interval, in whole beats a minute. */
    public int heartRateBpm() {
        return (int) Math.round(60_000 / meanRrMillis);
    }
}
