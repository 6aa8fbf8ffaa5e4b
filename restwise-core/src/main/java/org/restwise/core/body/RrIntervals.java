package org.restwise.core.body;

import java.util.ArrayList;
import java.util.List;

/**
 * Beat-to-beat (RR) intervals of one recording, in the order recorded.
 *
 * <p>Every interval is plausible for a human heart, {@value #MIN_PLAUSIBLE_MILLIS}–{@value
 * #MAX_PLAUSIBLE_MILLIS} ms (240 down to 24 beats a minute); anything else is a reading error (a
 * unit mistaken, a sensor's filler value), never a beat. Recorders do write such values (a strap that
 * loses contact writes one long "interval"), so {@link Recording} removes them while reading, counts
 * them in {@link #removedAtReading}, and marks the place as a gap: no successive difference is ever
 * taken across a gap, because the two intervals either side of it were not neighbours.
 *
 * @param millis           the intervals, ms, each within the plausible range
 * @param gapsBefore       strictly increasing indices {@code i} (1 ≤ i < size) such that interval
 *                         {@code i} does not follow interval {@code i - 1} in the recording
 * @param removedAtReading implausible values the recording held and {@link Recording} removed
 */
public record RrIntervals(List<Double> millis, List<Integer> gapsBefore, int removedAtReading) {

    public static final double MIN_PLAUSIBLE_MILLIS = 250;
    public static final double MAX_PLAUSIBLE_MILLIS = 2500;
    /** Two days of beats at 50 a minute; a longer recording is not one reading, and would only fill memory. A {@link Recording} takes at most this many values. */
    public static final int MAX_INTERVALS = 150_000;

    public RrIntervals {
        millis = List.copyOf(millis);
        gapsBefore = List.copyOf(gapsBefore);
        if (millis.size() > MAX_INTERVALS) {
            throw new IllegalArgumentException("at most " + MAX_INTERVALS + " intervals in one recording, got " + millis.size());
        }
        for (int i = 0; i < millis.size(); i++) {
            double ms = millis.get(i);
            if (!plausible(ms)) {
                throw new IllegalArgumentException("RR interval " + i + " must be " + (int) MIN_PLAUSIBLE_MILLIS + "–"
                        + (int) MAX_PLAUSIBLE_MILLIS + " ms, got " + ms);
            }
        }
        int previous = 0;
        for (int gap : gapsBefore) {
            if (gap <= previous || gap >= millis.size()) {
                throw new IllegalArgumentException("gaps must be strictly increasing indices within 1.." + (millis.size() - 1)
                        + ", got " + gapsBefore);
            }
            previous = gap;
        }
        if (removedAtReading < 0) {
            throw new IllegalArgumentException("removed intervals cannot be negative, got " + removedAtReading);
        }
    }

    /** Intervals without gaps or removals, as a clean recording gives them. */
    public static RrIntervals of(double... millis) {
        List<Double> list = new ArrayList<>(millis.length);
        for (double ms : millis) {
            list.add(ms);
        }
        return new RrIntervals(list, List.of(), 0);
    }

    public static boolean plausible(double millis) {
        return millis >= MIN_PLAUSIBLE_MILLIS && millis <= MAX_PLAUSIBLE_MILLIS;
    }

    /** Values the recording held: the plausible intervals and those removed while reading. */
    public int recorded() {
        return millis.size() + removedAtReading;
    }

    /** True when interval {@code i} directly follows interval {@code i - 1} in the recording. */
    public boolean followsPrevious(int i) {
        return i > 0 && java.util.Collections.binarySearch(gapsBefore, i) < 0;
    }

    /**
     * Collects a recording's values as a reader meets them, removing implausible ones (see the type's
     * comment). Not thread-safe; one per recording.
     */
    public static final class Recording {
        private final List<Double> millis = new ArrayList<>();
        private final List<Integer> gaps = new ArrayList<>();
        private int removed;
        private boolean gapPending;

        /** Adds one recorded value in milliseconds; an implausible or non-finite one is removed and leaves a gap. */
        public void add(double valueMillis) {
            if (full()) {
                throw new IllegalStateException("a recording holds at most " + MAX_INTERVALS + " intervals");
            }
            if (!plausible(valueMillis)) {
                removed++;
                gapPending = !millis.isEmpty();
                return;
            }
            if (gapPending) {
                gaps.add(millis.size());
                gapPending = false;
            }
            millis.add(valueMillis);
        }

        /** The recording broke here (the file says so), so the next interval does not follow the last. */
        public void gap() {
            gapPending = !millis.isEmpty();
        }

        /** True once {@value #MAX_INTERVALS} values have been recorded, removed ones included. */
        public boolean full() {
            return millis.size() + removed >= MAX_INTERVALS;
        }

        public int recorded() {
            return millis.size() + removed;
        }

        public RrIntervals build() {
            return new RrIntervals(millis, gaps, removed);
        }
    }
}
