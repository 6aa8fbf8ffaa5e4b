package org.restwise.core.load;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Foster's training monotony and strain for the 7 days ending on a date, Foster C (1998),
 * "Monitoring training in athletes with reference to overtraining syndrome", Med Sci Sports Exerc
 * 30:1164–1168, doi:10.1097/00005768-199807000-00023.
 *
 * <p>monotony = mean daily load / standard deviation of daily load; strain = weekly load ×
 * monotony. The standard deviation is the population one (divide by 7): the week is the whole
 * population, not a sample of it. Days with nothing logged count as zero load — rest days are what
 * keep monotony low. When every day carries the same load the deviation is zero and monotony is
 * undefined (empty), although such a week is as monotonous as a week can be; {@link #identicalDays()}
 * says so.
 *
 * @param weekEnding last day of the week (inclusive)
 * @param weeklyLoad sum of the 7 days, AU
 * @param meanDailyLoad AU per day
 * @param standardDeviation of the 7 daily loads, AU
 * @param monotony mean / SD; empty when SD is zero
 * @param strain weekly load × monotony; empty with monotony
 * @param daysWithData days of the week with something recorded
 */
public record Monotony(LocalDate weekEnding, double weeklyLoad, double meanDailyLoad, double standardDeviation,
        OptionalDouble monotony, OptionalDouble strain, int daysWithData) {

    /** Foster 1998: the week. */
    public static final int WEEK_DAYS = 7;

    public Monotony {
        Objects.requireNonNull(weekEnding, "weekEnding");
        Objects.requireNonNull(monotony, "monotony");
        Objects.requireNonNull(strain, "strain");
    }

    public static Monotony weekEnding(DailyLoad load, LocalDate today) {
        LocalDate start = today.minusDays(WEEK_DAYS - 1L);
        double sum = 0;
        double sumOfSquares = 0;
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            double value = load.loadOn(day);
            sum += value;
            sumOfSquares += value * value;
        }
        double mean = sum / WEEK_DAYS;
        // max(0, …) because rounding can leave a hair below zero for identical days.
        double sd = Math.sqrt(Math.max(0, sumOfSquares / WEEK_DAYS - mean * mean));
        boolean defined = sd > 1e-9 * Math.max(1, mean);
        OptionalDouble monotony = defined ? OptionalDouble.of(mean / sd) : OptionalDouble.empty();
        OptionalDouble strain = defined ? OptionalDouble.of(sum * mean / sd) : OptionalDouble.empty();
        return new Monotony(today, sum, mean, defined ? sd : 0, monotony, strain, load.daysWithData(start, today));
    }

    /** Every day of the week carried the same, non-zero load: no variation at all. */
    public boolean identicalDays() {
        return monotony.isEmpty() && meanDailyLoad > 0;
    }
}
