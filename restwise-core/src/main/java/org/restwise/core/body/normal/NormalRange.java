package org.restwise.core.body.normal;

/**
 * A runner's own normal band of a measure, {@code low} to {@code high} in its unit, worked out from
 * {@code readings} days. Invariant: both ends finite, {@code low ≤ high}.
 */
public record NormalRange(double low, double high, int readings) {

    public NormalRange {
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            throw new IllegalArgumentException("a normal range runs from low to high, not " + low + " to " + high);
        }
        if (readings < 2) {
            throw new IllegalArgumentException("a normal range needs readings, not " + readings);
        }
    }

    /** The band around {@code spread.mean()} of {@code halfWidthSd} standard deviations either side. */
    static NormalRange around(Spread spread, double halfWidthSd) {
        double half = halfWidthSd * spread.standardDeviation();
        return new NormalRange(spread.mean() - half, spread.mean() + half, spread.count());
    }

    /** Differences this small are floating-point rounding (a mean of identical readings), not change. */
    private static final double ROUNDING = 1e-9;

    public boolean above(double value) {
        return value > high + ROUNDING;
    }

    public boolean below(double value) {
        return value < low - ROUNDING;
    }

    /** "3.80–4.05", two decimals. */
    public String words() {
        return Figures.twoDecimals(low) + "–" + Figures.twoDecimals(high);
    }
}
