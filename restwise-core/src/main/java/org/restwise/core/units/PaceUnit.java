package org.restwise.core.units;

/** The distance a pace is given per: minutes per kilometre or minutes per mile. */
public enum PaceUnit {
    PER_KILOMETRE("min/km", 1.0),
    /** The international mile, exactly 1.609344 km. */
    PER_MILE("min/mile", Lengths.KILOMETRES_PER_MILE);

    private final String label;
    private final double kilometres;

    PaceUnit(String label, double kilometres) {
        this.label = label;
        this.kilometres = kilometres;
    }

    /** How the unit is written beside a pace, e.g. {@code min/km}. */
    public String label() {
        return label;
    }

    /** Length of one unit, in kilometres. */
    public double kilometres() {
        return kilometres;
    }
}
