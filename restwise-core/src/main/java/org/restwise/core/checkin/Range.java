package org.restwise.core.checkin;

import java.util.Optional;

/**
 * The accepted range of a check-in number. Values outside it are refused with the field named, so
 * a typo never turns into advice.
 */
public record Range(double min, double max) {

    public static final Range HEART_RATE_BPM = new Range(25, 250);
    public static final Range DAYS_OF_SORENESS = new Range(0, 60);
    public static final Range SORENESS_SCALE = new Range(0, 10);
    public static final Range HOURS_OF_SLEEP = new Range(0, 24);
    public static final Range NIGHTS = new Range(0, 60);
    public static final Range HOURS = new Range(0, 24 * 365);
    public static final Range RECENT_RECOVERY_SESSIONS = new Range(0, 3);
    public static final Range WEEKS = new Range(0, 104);

    public boolean contains(double value) {
        return !Double.isNaN(value) && value >= min && value <= max;
    }

    /** Throws {@link IllegalArgumentException} naming {@code field} when the value is outside. */
    public static <N extends Number> void check(String field, Optional<N> value, Range range) {
        value.ifPresent(v -> check(field, v.doubleValue(), range));
    }

    public static void check(String field, double value, Range range) {
        if (!range.contains(value)) {
            throw new IllegalArgumentException(field + " must be between " + format(range.min) + " and "
                    + format(range.max) + ", got " + format(value));
        }
    }

    /** Whole numbers without ".0"; beyond what a long holds exactly, as typed in science (1.0E308), never clipped. */
    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < EXACT_WHOLE_LIMIT
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** 2^53: every whole number below it is a double exactly, and a long. */
    private static final double EXACT_WHOLE_LIMIT = 0x1p53;
}
