package org.restwise.core.load;

import java.time.LocalDate;

/**
 * Rolling-average acute:chronic workload ratios, acute = mean daily load of the 7 days ending today.
 *
 * <ul>
 *   <li><b>Uncoupled</b> (default): chronic = mean of the 21 days before the acute week, so a spike
 *       is not diluted into its own baseline.
 *   <li><b>Coupled</b>: chronic = mean of the 28 days ending today (Gabbett 2016,
 *       doi:10.1136/bjsports-2015-095788). It follows from the definitions that
 *       coupled = 4U / (U + 3) for an uncoupled ratio U, so it can never exceed 4.
 * </ul>
 *
 * <p>Days with nothing logged count as zero load.
 */
public final class AcwrRolling {

    /** Acute window, days (Gabbett 2016). */
    public static final int ACUTE_DAYS = 7;

    /** Chronic window including the acute week, days (Gabbett 2016). */
    public static final int CHRONIC_DAYS = 28;

    private AcwrRolling() {
    }

    public static Acwr uncoupled(DailyLoad load, LocalDate today) {
        double acute = load.meanOfDaysEnding(today, ACUTE_DAYS);
        double chronic = load.meanOfDaysEnding(today.minusDays(ACUTE_DAYS), CHRONIC_DAYS - ACUTE_DAYS);
        return Acwr.of(load, today, AcwrMethod.UNCOUPLED, acute, chronic);
    }

    public static Acwr coupled(DailyLoad load, LocalDate today) {
        double acute = load.meanOfDaysEnding(today, ACUTE_DAYS);
        double chronic = load.meanOfDaysEnding(today, CHRONIC_DAYS);
        return Acwr.of(load, today, AcwrMethod.COUPLED, acute, chronic);
    }
}
