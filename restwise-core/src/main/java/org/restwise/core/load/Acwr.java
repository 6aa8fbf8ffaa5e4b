package org.restwise.core.load;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An acute:chronic workload ratio on one day.
 *
 * <p>The ratio is a flag for a sudden change in load, not an injury predictor (Impellizzeri et al.
 * 2020, doi:10.1123/ijspp.2019-0864); Gabbett 2016 (doi:10.1136/bjsports-2015-095788) is where the
 * "sweet spot" of 0.8–1.3 and the danger above 1.5 come from.
 *
 * @param date the day the ratio is for ("today")
 * @param method how acute and chronic were computed
 * @param acute acute load, AU per day, not negative
 * @param chronic chronic load, AU per day, not negative
 * @param ratio acute / chronic; empty before {@value #MIN_HISTORY_DAYS} days of history or when
 *     chronic is zero — never negative, NaN or infinite
 * @param daysWithData days of the {@value #MIN_HISTORY_DAYS}-day window ending on {@code date}
 *     with something recorded; the others counted as zero load
 */
public record Acwr(LocalDate date, AcwrMethod method, double acute, double chronic, OptionalDouble ratio,
        int daysWithData) {

    /** Days of history before a ratio is given: the chronic window of every method. */
    public static final int MIN_HISTORY_DAYS = 28;

    public Acwr {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(ratio, "ratio");
        if (!(acute >= 0) || !(chronic >= 0) || Double.isInfinite(acute) || Double.isInfinite(chronic)) {
            throw new IllegalArgumentException("acute and chronic must be finite, not negative: " + acute + ", " + chronic);
        }
        if (ratio.isPresent() && !(ratio.getAsDouble() >= 0 && Double.isFinite(ratio.getAsDouble()))) {
            throw new IllegalArgumentException("ratio must be finite, not negative, got " + ratio);
        }
    }

    /** Builds the day's figure, leaving the ratio empty without enough history or chronic load. */
    static Acwr of(DailyLoad load, LocalDate date, AcwrMethod method, double acute, double chronic) {
        boolean enoughHistory = load.daysOfHistory(date) >= MIN_HISTORY_DAYS;
        OptionalDouble ratio = enoughHistory && chronic > 0 ? OptionalDouble.of(acute / chronic) : OptionalDouble.empty();
        int daysWithData = load.daysWithData(date.minusDays(MIN_HISTORY_DAYS - 1L), date);
        return new Acwr(date, method, acute, chronic, ratio, daysWithData);
    }
}
