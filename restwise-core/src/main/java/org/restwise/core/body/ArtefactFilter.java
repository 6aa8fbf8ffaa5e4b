package org.restwise.core.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Removes artefacts from beat-to-beat intervals before rMSSD is taken, and decides whether enough of
 * the recording is left to be a reading.
 *
 * <p>The method, applied to each interval {@code x[i]} in recorded order:
 * <ol>
 *   <li><b>Range rule</b>: an interval outside {@code minMillis}–{@code maxMillis} (300–2000 ms,
 *       200 down to 30 beats a minute) is dropped.</li>
 *   <li><b>Successive-change rule</b> (Malik's 20 % rule: Malik M, Cripps T, Farrell T, Camm AJ,
 *       "Prognostic value of heart rate variability after myocardial infarction. A comparison of
 *       different data-processing methods", Med Biol Eng Comput 1989;27:603–611): an interval is
 *       dropped when it differs from the interval recorded just before it by more than
 *       {@code maxRelativeChange} (20 %) of that earlier one. The reference is the previous
 *       <em>recorded</em> interval, kept or not, as in Malik's rule, so the filter recovers at once
 *       after an artefact instead of locking onto a stale value; an interval whose predecessor was out
 *       of range, or that follows a gap, has no reference and is kept.</li>
 * </ol>
 * Successive differences are then taken only between two kept intervals that were neighbours in the
 * recording. Nothing is interpolated: a dropped beat is a hole, not an invented value. This is the
 * simple, widely reproduced rule; the adaptive beat classification of Lipponen &amp; Tarvainen 2019
 * (J Med Eng Technol 43:173–181, doi:10.1080/03091902.2019.1640306) that Kubios uses is more
 * thorough, and is not what we do.
 *
 * <p>A recording is refused when fewer than {@code minKeptFraction} (60 %) of its recorded values
 * survive, when fewer than {@code minKept} (30) intervals are kept, or when fewer than
 * {@code minDifferences} (20) successive differences remain.
 */
public record ArtefactFilter(double minMillis, double maxMillis, double maxRelativeChange,
                             double minKeptFraction, int minKept, int minDifferences) {

    /** The method above with its published thresholds; the only one the product uses. */
    public static final ArtefactFilter STANDARD = new ArtefactFilter(300, 2000, 0.20, 0.60, 30, 20);

    public ArtefactFilter {
        if (!(minMillis > 0 && maxMillis > minMillis) || !(maxRelativeChange > 0 && maxRelativeChange < 1)
                || !(minKeptFraction >= 0 && minKeptFraction <= 1) || minKept < 1 || minDifferences < 1) {
            throw new IllegalArgumentException("artefact filter needs 0 < min < max ms, a change in (0, 1),"
                    + " a kept fraction in [0, 1] and positive counts");
        }
    }

    public FilteredIntervals apply(RrIntervals intervals) {
        List<Double> x = intervals.millis();
        boolean[] kept = new boolean[x.size()];
        int outOfRange = 0;
        int suddenChange = 0;
        List<Double> keptMillis = new ArrayList<>();
        List<Double> differences = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            double value = x.get(i);
            boolean neighbour = intervals.followsPrevious(i);
            if (!inRange(value)) {
                outOfRange++;
            } else if (neighbour && inRange(x.get(i - 1))
                    && Math.abs(value - x.get(i - 1)) > maxRelativeChange * x.get(i - 1)) {
                suddenChange++;
            } else {
                kept[i] = true;
                keptMillis.add(value);
                if (neighbour && kept[i - 1]) {
                    differences.add(value - x.get(i - 1));
                }
            }
        }
        return new FilteredIntervals(intervals.recorded(), intervals.removedAtReading(), outOfRange, suddenChange,
                keptMillis, differences, refusal(intervals.recorded(), keptMillis.size(), differences.size()));
    }

    private boolean inRange(double millis) {
        return millis >= minMillis && millis <= maxMillis;
    }

    private Optional<String> refusal(int recorded, int kept, int differences) {
        if (recorded == 0) {
            return Optional.of("The recording holds no beat intervals.");
        }
        double keptFraction = (double) kept / recorded;
        if (keptFraction < minKeptFraction) {
            return Optional.of(String.format(Locale.ROOT, "Only %d of %d beat intervals (%.0f %%) passed the artefact"
                    + " filter, and at least %.0f %% must: the recording is too noisy to give an HRV reading.",
                    kept, recorded, 100 * keptFraction, 100 * minKeptFraction));
        }
        if (kept < minKept) {
            return Optional.of("Only " + kept + " beat intervals passed the artefact filter, and an HRV reading needs at least "
                    + minKept + ": the recording is too short.");
        }
        if (differences < minDifferences) {
            return Optional.of("Only " + differences + " pairs of neighbouring beats passed the artefact"
                    + " filter, and an HRV reading needs at least " + minDifferences + ".");
        }
        return Optional.empty();
    }
}
