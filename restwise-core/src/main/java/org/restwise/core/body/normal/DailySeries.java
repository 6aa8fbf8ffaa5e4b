package org.restwise.core.body.normal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One number per calendar day, in the unit its user names (rMSSD in ms, resting heart rate in bpm,
 * sleep in hours, jump height in cm). A day without a reading is simply absent: there is never a
 * zero, NaN or null standing in for "not measured".
 *
 * <p>Invariant: every value is finite and ≥ 0; the map is sorted by date and cannot be changed.
 */
public record DailySeries(NavigableMap<LocalDate, Double> values) {

    private static final DailySeries EMPTY = new DailySeries(new TreeMap<>());

    public DailySeries {
        Objects.requireNonNull(values, "values");
        TreeMap<LocalDate, Double> copy = new TreeMap<>();
        values.forEach((day, value) -> {
            Objects.requireNonNull(day, "a day of the series");
            if (value == null || !Double.isFinite(value) || value < 0) {
                throw new IllegalArgumentException("a daily reading must be a finite number of 0 or more, not "
                        + value + " on " + day);
            }
            copy.put(day, value);
        });
        values = Collections.unmodifiableNavigableMap(copy);
    }

    public static DailySeries empty() {
        return EMPTY;
    }

    public static DailySeries of(Map<LocalDate, ? extends Number> values) {
        TreeMap<LocalDate, Double> copy = new TreeMap<>();
        values.forEach((day, value) -> copy.put(day, value == null ? null : value.doubleValue()));
        return new DailySeries(copy);
    }

    /** The same series with {@code value} on {@code day} (replacing any reading that day). */
    public DailySeries with(LocalDate day, double value) {
        TreeMap<LocalDate, Double> copy = new TreeMap<>(values);
        copy.put(day, value);
        return new DailySeries(copy);
    }

    public Optional<Double> on(LocalDate day) {
        return Optional.ofNullable(values.get(day));
    }

    /** The readings from {@code first} to {@code last}, both days included, oldest first. */
    public List<Double> between(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            return List.of();
        }
        return List.copyOf(new ArrayList<>(values.subMap(first, true, last, true).values()));
    }

    /** The readings of the {@code days} days that end with {@code lastDay}, oldest first. */
    public List<Double> daysEnding(LocalDate lastDay, int days) {
        return between(lastDay.minusDays(days - 1L), lastDay);
    }

    /** The readings of the {@code days} days before {@code day} (that day itself left out), oldest first. */
    public List<Double> daysBefore(LocalDate day, int days) {
        return between(day.minusDays(days), day.minusDays(1));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public int size() {
        return values.size();
    }
}
