package org.restwise.core.body;

import java.util.Optional;

/**
 * A vendor's own verdict on an overnight HRV value, kept as the vendor gave it (Garmin's HRV status:
 * a personal "balanced" band and the upper edge of "low"), so it can be shown beside our own baseline
 * and never mistaken for it.
 *
 * @param lowUpperMillis       upper edge of the vendor's "low" band, ms
 * @param balancedLowerMillis  lower edge of the "balanced" band, ms
 * @param balancedUpperMillis  upper edge of the "balanced" band, ms, not below the lower edge
 * @param status               the vendor's word for the day ("BALANCED", "LOW", …), when given
 */
public record VendorHrvBand(double lowUpperMillis, double balancedLowerMillis, double balancedUpperMillis,
                            Optional<String> status) {

    public VendorHrvBand {
        if (!(lowUpperMillis > 0) || !(balancedLowerMillis > 0) || !(balancedUpperMillis >= balancedLowerMillis)
                || balancedUpperMillis > 1000) {
            throw new IllegalArgumentException("HRV band must be positive, lower <= upper <= 1000 ms, got "
                    + lowUpperMillis + " / " + balancedLowerMillis + "–" + balancedUpperMillis);
        }
        status = status.map(String::strip).filter(s -> !s.isEmpty());
    }
}
