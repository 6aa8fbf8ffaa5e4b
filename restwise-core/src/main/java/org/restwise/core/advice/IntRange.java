package org.restwise.core.advice;

/** An inclusive range of whole numbers (minutes, beats per minute, RPE points). */
public record IntRange(int min, int max) {

    public IntRange {
        if (min > max) {
            throw new IllegalArgumentException("range minimum " + min + " is above its maximum " + max);
        }
    }

    /** The range with nothing above {@code ceiling}; a range wholly above it collapses to the ceiling. */
    public IntRange cappedAt(int ceiling) {
        return new IntRange(Math.min(min, ceiling), Math.min(max, ceiling));
    }

    /** The range collapsed to its lower end. */
    public IntRange shortEnd() {
        return new IntRange(min, min);
    }
}
