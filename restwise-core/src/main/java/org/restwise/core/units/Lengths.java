package org.restwise.core.units;

/** Exact conversion factors between the metric and imperial lengths runners use. */
public final class Lengths {

    /** International mile (1959 agreement): exactly 1.609344 km. */
    public static final double KILOMETRES_PER_MILE = 1.609344;

    /** International foot: exactly 0.3048 m. */
    public static final double METRES_PER_FOOT = 0.3048;

    private Lengths() {
    }

    public static double milesToKilometres(double miles) {
        return miles * KILOMETRES_PER_MILE;
    }

    public static double kilometresToMiles(double kilometres) {
        return kilometres / KILOMETRES_PER_MILE;
    }

    public static double feetToMetres(double feet) {
        return feet * METRES_PER_FOOT;
    }

    public static double metresToFeet(double metres) {
        return metres / METRES_PER_FOOT;
    }
}
