package org.restwise.core.load;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A runner's training load day by day (date → load in arbitrary units, AU), immutable.
 *
 * <p>A day with no entry is a day of zero load: the models read {@link #loadOn(LocalDate)}, which
 * answers 0 for it. Whether a day was actually logged is kept apart ({@link #hasDataOn}), so every
 * model can say how many days of its window rest on data rather than on that assumption.
 */
public final class DailyLoad {

    private static final DailyLoad EMPTY = new DailyLoad(new TreeMap<>());

    private final NavigableMap<LocalDate, Double> loadByDate;

    private DailyLoad(TreeMap<LocalDate, Double> loadByDate) {
        this.loadByDate = Collections.unmodifiableNavigableMap(loadByDate);
    }

    public static DailyLoad empty() {
        return EMPTY;
    }

    /** A series from one load per date; every load finite and not negative. */
    public static DailyLoad of(Map<LocalDate, Double> loadByDate) {
        Builder builder = builder();
        loadByDate.forEach(builder::add);
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Load on {@code date}, 0 when nothing was logged that day. */
    public double loadOn(LocalDate date) {
        return loadByDate.getOrDefault(date, 0.0);
    }

    /** Whether anything (even a logged zero) was recorded on {@code date}. */
    public boolean hasDataOn(LocalDate date) {
        return loadByDate.containsKey(date);
    }

    /** Days from {@code from} to {@code to}, both inclusive, with something recorded. */
    public int daysWithData(LocalDate from, LocalDate to) {
        return from.isAfter(to) ? 0 : loadByDate.subMap(from, true, to, true).size();
    }

    /** Sum of the loads from {@code from} to {@code to}, both inclusive. */
    public double sum(LocalDate from, LocalDate to) {
        double sum = 0;
        if (!from.isAfter(to)) {
            for (double load : loadByDate.subMap(from, true, to, true).values()) {
                sum += load;
            }
        }
        return sum;
    }

    /** Mean daily load over the {@code days} days ending on {@code today}, missing days counting as zero. */
    public double meanOfDaysEnding(LocalDate today, int days) {
        return sum(today.minusDays(days - 1L), today) / days;
    }

    /** First date with data; empty for an empty series. */
    public Optional<LocalDate> firstDate() {
        return loadByDate.isEmpty() ? Optional.empty() : Optional.of(loadByDate.firstKey());
    }

    public Optional<LocalDate> lastDate() {
        return loadByDate.isEmpty() ? Optional.empty() : Optional.of(loadByDate.lastKey());
    }

    /**
     * Days of history up to and including {@code today}: from the first recorded date, 0 when
     * {@code today} is before it or the series is empty.
     */
    public long daysOfHistory(LocalDate today) {
        return firstDate()
                .filter(first -> !first.isAfter(today))
                .map(first -> ChronoUnit.DAYS.between(first, today) + 1)
                .orElse(0L);
    }

    /** The recorded days, in date order. */
    public NavigableMap<LocalDate, Double> asMap() {
        return loadByDate;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DailyLoad other && loadByDate.equals(other.loadByDate);
    }

    @Override
    public int hashCode() {
        return loadByDate.hashCode();
    }

    @Override
    public String toString() {
        return "DailyLoad" + loadByDate;
    }

    /** Collects loads; several loads on one date (two sessions) add up. */
    public static final class Builder {

        private final TreeMap<LocalDate, Double> loadByDate = new TreeMap<>();

        private Builder() {
        }

        public Builder add(LocalDate date, double load) {
            Objects.requireNonNull(date, "date");
            if (!Double.isFinite(load) || load < 0) {
                throw new IllegalArgumentException("load on " + date + " must be a finite number, not negative, got " + load);
            }
            loadByDate.merge(date, load, Double::sum);
            return this;
        }

        public DailyLoad build() {
            return new DailyLoad(new TreeMap<>(loadByDate));
        }
    }
}
