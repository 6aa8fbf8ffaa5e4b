package org.restwise.core.body.normal;

/**
 * A baseline not yet known: {@code have} usable readings of the {@code need} it takes before we
 * compare a day with the runner's own normal. Until then no verdict is given, and the UI shows
 * {@link #words()} instead of a number that would only pretend to know.
 *
 * <p>Invariant: {@code 0 ≤ have < need}.
 */
public record Learning(int have, int need, String unit) {

    public Learning {
        if (have < 0 || need <= 0 || have >= need) {
            throw new IllegalArgumentException("still learning means 0 ≤ have < need, not " + have + " of " + need);
        }
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("say what is counted: days, nights or tests");
        }
    }

    /** How many more readings it takes. */
    public int missing() {
        return need - have;
    }

    /** "still learning your normal: 12 of 21 days". */
    public String words() {
        return "still learning your normal: " + have + " of " + need + " " + unit;
    }
}
