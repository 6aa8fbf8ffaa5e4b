package org.restwise.core.units;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A running pace in seconds per kilometre; always positive and finite.
 *
 * <p>Runners write paces as {@code M:SS} per kilometre or per mile: {@link #parse(String,
 * PaceUnit)} reads that form and {@link #format(PaceUnit)} writes it back, rounded to the second.
 */
public record Pace(double secondsPerKilometre) {

    // M:SS with one to three digits of minutes and exactly two of seconds (00–59): "7:7x" and "6:75"
    // are typing mistakes, not paces, so they are refused rather than guessed at.
    private static final Pattern MINUTES_SECONDS = Pattern.compile("(\\d{1,3}):([0-5]\\d)");

    public Pace {
        if (!Double.isFinite(secondsPerKilometre) || secondsPerKilometre <= 0) {
            throw new IllegalArgumentException(
                    "pace must be a positive number of seconds per km, got " + secondsPerKilometre);
        }
    }

    public static Pace ofSecondsPerKilometre(double seconds) {
        return new Pace(seconds);
    }

    public static Pace ofSecondsPer(double seconds, PaceUnit unit) {
        return new Pace(seconds / unit.kilometres());
    }

    /**
     * Reads {@code M:SS} in the given unit, for example {@code 6:00} or {@code 10:30}.
     *
     * @throws IllegalArgumentException naming the text when it is not a pace
     */
    public static Pace parse(String text, PaceUnit unit) {
        Matcher m = MINUTES_SECONDS.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("pace must be M:SS (for example 6:05), got '" + text + "'");
        }
        int seconds = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
        if (seconds == 0) {
            throw new IllegalArgumentException("pace must be longer than 0:00, got '" + text + "'");
        }
        return ofSecondsPer(seconds, unit);
    }

    /** Seconds needed to cover one {@code unit}. */
    public double secondsPer(PaceUnit unit) {
        return secondsPerKilometre * unit.kilometres();
    }

    /** {@code M:SS} per {@code unit}, rounded to the nearest second. */
    public String format(PaceUnit unit) {
        long seconds = Math.round(secondsPer(unit));
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
