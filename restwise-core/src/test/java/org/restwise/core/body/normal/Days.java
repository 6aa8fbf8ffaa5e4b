package org.restwise.core.body.normal;

import java.time.LocalDate;
import java.util.TreeMap;

/** Builds daily series for the tests by days before {@link #TODAY}. */
final class Days {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private final TreeMap<LocalDate, Double> values = new TreeMap<>();

    static Days series() {
        return new Days();
    }

    /** {@code value} on the day {@code daysAgo} before today (0 is today). */
    Days on(int daysAgo, double value) {
        values.put(TODAY.minusDays(daysAgo), value);
        return this;
    }

    /** The values in turn, one a day, from {@code firstDaysAgo} down to {@code lastDaysAgo}. */
    Days daily(int firstDaysAgo, int lastDaysAgo, double... cycle) {
        int i = 0;
        for (int ago = firstDaysAgo; ago >= lastDaysAgo; ago--) {
            on(ago, cycle[i++ % cycle.length]);
        }
        return this;
    }

    /** The same, with each value taken as ln rMSSD and stored as rMSSD in ms. */
    Days dailyLn(int firstDaysAgo, int lastDaysAgo, double... lnCycle) {
        int i = 0;
        for (int ago = firstDaysAgo; ago >= lastDaysAgo; ago--) {
            on(ago, Math.exp(lnCycle[i++ % lnCycle.length]));
        }
        return this;
    }

    DailySeries build() {
        return new DailySeries(values);
    }
}
