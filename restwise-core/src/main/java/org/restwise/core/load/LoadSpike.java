package org.restwise.core.load;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether the recent load looks like a shock: acute load far above chronic, or a week with too
 * little variation. The advice engine uses it to name SHOCK_MICROCYCLE and must word it as a flag,
 * not a forecast: the ACWR thresholds come from injury associations (Gabbett 2016,
 * doi:10.1136/bjsports-2015-095788) whose predictive value is disputed (Impellizzeri et al. 2020,
 * doi:10.1123/ijspp.2019-0864); the monotony threshold from Foster 1998
 * (doi:10.1097/00005768-199807000-00023).
 *
 * @param date the day assessed
 * @param acwr the ratio on {@code date}; no ratio (short history, no chronic load) is never a spike
 * @param monotony the week ending on {@code date}
 * @param acuteFarAboveChronic ratio ≥ {@link #ACWR_SPIKE}
 * @param highMonotony monotony ≥ {@link #MONOTONY_HIGH}, or identical non-zero load every day
 */
public record LoadSpike(LocalDate date, Acwr acwr, Monotony monotony, boolean acuteFarAboveChronic,
        boolean highMonotony) {

    /** Gabbett 2016: above about 1.5 the injury likelihood rose steeply in the cohorts he reviewed. */
    public static final double ACWR_SPIKE = 1.5;

    /** Foster 1998: illness and overtraining clustered in weeks with monotony above 2.0. */
    public static final double MONOTONY_HIGH = 2.0;

    public LoadSpike {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(acwr, "acwr");
        Objects.requireNonNull(monotony, "monotony");
    }

    /** Assesses {@code today} with the default, uncoupled rolling ratio. */
    public static LoadSpike assess(DailyLoad load, LocalDate today) {
        return assess(load, today, AcwrMethod.UNCOUPLED);
    }

    public static LoadSpike assess(DailyLoad load, LocalDate today, AcwrMethod method) {
        Acwr acwr = method.at(load, today);
        Monotony monotony = Monotony.weekEnding(load, today);
        boolean spike = acwr.ratio().isPresent() && acwr.ratio().getAsDouble() >= ACWR_SPIKE;
        boolean monotonous = monotony.identicalDays()
                || (monotony.monotony().isPresent() && monotony.monotony().getAsDouble() >= MONOTONY_HIGH);
        return new LoadSpike(today, acwr, monotony, spike, monotonous);
    }

    /** Either flag is up. */
    public boolean isSpike() {
        return acuteFarAboveChronic || highMonotony;
    }
}
