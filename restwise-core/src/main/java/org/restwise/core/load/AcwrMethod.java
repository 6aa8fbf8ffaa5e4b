package org.restwise.core.load;

import java.time.LocalDate;
import java.util.List;

/** The three ways of computing an acute:chronic workload ratio that Restwise offers. */
public enum AcwrMethod {
    /** 7-day mean over the mean of the 21 days before it (the default; acute not inside chronic). */
    UNCOUPLED("rolling 7-day mean / mean of the 21 days before (uncoupled)"),
    /** 7-day mean over the 28-day mean that includes the acute week (Gabbett 2016). */
    COUPLED("rolling 7-day mean / 28-day mean including the acute week (coupled)"),
    /** Exponentially weighted moving averages, Williams et al. 2017, N = 7 and 28. */
    EWMA("EWMA, lambda = 2/(N+1), N = 7 acute and 28 chronic (Williams et al. 2017)");

    private final String description;

    AcwrMethod(String description) {
        this.description = description;
    }

    /** One line naming the method, shown beside its figures. */
    public String description() {
        return description;
    }

    /** The ratio on {@code today}. */
    public Acwr at(DailyLoad load, LocalDate today) {
        return switch (this) {
            case UNCOUPLED -> AcwrRolling.uncoupled(load, today);
            case COUPLED -> AcwrRolling.coupled(load, today);
            case EWMA -> AcwrEwma.at(load, today);
        };
    }

    /** The ratio on every day from {@code from} to {@code to}, both inclusive. */
    public List<Acwr> series(DailyLoad load, LocalDate from, LocalDate to) {
        return switch (this) {
            case UNCOUPLED, COUPLED -> from.datesUntil(to.plusDays(1)).map(day -> at(load, day)).toList();
            case EWMA -> AcwrEwma.series(load, from, to);
        };
    }
}
