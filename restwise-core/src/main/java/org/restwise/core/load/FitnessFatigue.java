package org.restwise.core.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fitness, fatigue and form on one day, after Banister's impulse-response model (Banister EW,
 * Calvert TW 1980; Banister 1991) in the exponentially weighted form used by training-stress tools.
 *
 * <p>The update equations, one step per day, starting from 0 the day before the first record:
 * <pre>
 *   CTL(t) = CTL(t−1) + (load(t) − CTL(t−1)) / 42     fitness, chronic training load
 *   ATL(t) = ATL(t−1) + (load(t) − ATL(t−1)) / 7      fatigue, acute training load
 *   TSB(t) = CTL(t−1) − ATL(t−1)                       form: yesterday's balance, what today starts from
 * </pre>
 * Days with nothing logged count as zero load. These are model quantities in load units, not
 * measurements; the time constants are conventions, not fitted to the runner.
 *
 * @param date the day
 * @param fitness CTL after the day's load
 * @param fatigue ATL after the day's load
 * @param form TSB going into the day
 * @param daysWithData days of the 42-day window ending on {@code date} with something recorded
 */
public record FitnessFatigue(LocalDate date, double fitness, double fatigue, double form, int daysWithData) {

    /** Fitness time constant, days (the 42-day convention of Banister-type performance models). */
    public static final int FITNESS_DAYS = 42;

    /** Fatigue time constant, days. */
    public static final int FATIGUE_DAYS = 7;

    public FitnessFatigue {
        Objects.requireNonNull(date, "date");
    }

    public static FitnessFatigue on(DailyLoad load, LocalDate today) {
        return series(load, today, today).get(0);
    }

    /** Every day from {@code from} to {@code to}, both inclusive, in one pass. */
    public static List<FitnessFatigue> series(DailyLoad load, LocalDate from, LocalDate to) {
        List<FitnessFatigue> out = new ArrayList<>();
        LocalDate first = load.firstDate().filter(d -> d.isBefore(from)).orElse(from);
        double fitness = 0;
        double fatigue = 0;
        for (LocalDate day = first; !day.isAfter(to); day = day.plusDays(1)) {
            double form = fitness - fatigue;
            double today = load.loadOn(day);
            fitness += (today - fitness) / FITNESS_DAYS;
            fatigue += (today - fatigue) / FATIGUE_DAYS;
            if (!day.isBefore(from)) {
                int days = load.daysWithData(day.minusDays(FITNESS_DAYS - 1L), day);
                out.add(new FitnessFatigue(day, fitness, fatigue, form, days));
            }
        }
        return List.copyOf(out);
    }
}
