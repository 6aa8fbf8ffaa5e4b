package org.restwise.core.body;

import java.util.List;
import java.util.Optional;

/**
 * What {@link ArtefactFilter} kept of a recording, and why the rest went.
 *
 * @param recorded          values the recording held (intervals plus those removed at reading)
 * @param removedAtReading  implausible values removed while reading (see {@link RrIntervals})
 * @param outOfRange        intervals dropped by the range rule
 * @param suddenChange      intervals dropped by the successive-change rule
 * @param kept              the intervals kept, ms, in recorded order
 * @param differences       successive differences between neighbouring kept intervals, ms
 * @param refusal           why the recording gives no reading, in a sentence for the runner; empty when it does
 */
public record FilteredIntervals(int recorded, int removedAtReading, int outOfRange, int suddenChange,
                                List<Double> kept, List<Double> differences, Optional<String> refusal) {

    public FilteredIntervals {
        kept = List.copyOf(kept);
        differences = List.copyOf(differences);
        if (removedAtReading < 0 || outOfRange < 0 || suddenChange < 0
                || recorded != removedAtReading + outOfRange + suddenChange + kept.size()) {
            throw new IllegalArgumentException("counts must add up: " + recorded + " recorded != " + removedAtReading
                    + " + " + outOfRange + " + " + suddenChange + " + " + kept.size());
        }
    }

    /** Every value that did not make it: removed at reading, out of range, or a sudden change. */
    public int dropped() {
        return recorded - kept.size();
    }

    /** Kept share of the recorded values, 0–1; 0 for an empty recording. */
    public double keptFraction() {
        return recorded == 0 ? 0 : (double) kept.size() / recorded;
    }
}
