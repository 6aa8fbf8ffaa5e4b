package org.restwise.core.units;

import java.util.Locale;

/**
 * Figures written into the sentences Restwise shows, in the units the runner reads: kilometres and
 * metres, or miles and feet. Rules stay metric inside; only their words change.
 */
public enum Measures {
    METRIC,
    IMPERIAL;

    public static Measures of(boolean imperial) {
        return imperial ? IMPERIAL : METRIC;
    }

    /** "14.9 km" or "9.3 mi". */
    public String distance(double kilometres) {
        return this == IMPERIAL ? oneDecimal(Lengths.kilometresToMiles(kilometres)) + " mi" : oneDecimal(kilometres) + " km";
    }

    /** "622 m" or "2041 ft". */
    public String elevation(double metres) {
        return this == IMPERIAL ? Math.round(Lengths.metresToFeet(metres)) + " ft" : Math.round(metres) + " m";
    }

    /** Metres per kilometre as "42 m/km", or as feet per mile, "222 ft/mi". */
    public String gradient(double metresPerKilometre) {
        return this == IMPERIAL
                ? Math.round(Lengths.metresToFeet(metresPerKilometre) * Lengths.KILOMETRES_PER_MILE) + " ft/mi"
                : Math.round(metresPerKilometre) + " m/km";
    }

    /** "36 km/h" or "22 mph". */
    public String speed(double kilometresPerHour) {
        return this == IMPERIAL ? Math.round(Lengths.kilometresToMiles(kilometresPerHour)) + " mph"
                : Math.round(kilometresPerHour) + " km/h";
    }

    /** "5:30/km" or "8:51/mi". */
    public String pace(double secondsPerKilometre) {
        double seconds = this == IMPERIAL ? secondsPerKilometre * Lengths.KILOMETRES_PER_MILE : secondsPerKilometre;
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60) + (this == IMPERIAL ? "/mi" : "/km");
    }

    /** A jump's height, to a tenth without a trailing ".0": "41.5 cm", "30 cm" or "16.3 in". */
    public String height(double centimetres) {
        double value = this == IMPERIAL ? centimetres / 2.54 : centimetres;
        String tenths = java.math.BigDecimal.valueOf(Math.round(value * 10), 1).stripTrailingZeros().toPlainString();
        return tenths + (this == IMPERIAL ? " in" : " cm");
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
