package org.restwise.core.heartrate;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One training zone. Bounds are fractions of the method's reference (max, reserve or threshold) and
 * the matching whole beats per minute; neighbouring zones share an edge, and a heart rate exactly on
 * it belongs to the upper zone. An open bound (the bottom of Friel's zone 1, the top of 5c) is empty.
 *
 * @param name zone name, e.g. {@code "2"} or {@code "5a"}
 * @param method how the zone was derived
 */
public record HeartRateZone(String name, ZoneMethod method, OptionalDouble lowerFraction,
        OptionalDouble upperFraction, OptionalInt minBpm, OptionalInt maxBpm) {

    public HeartRateZone {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(lowerFraction, "lowerFraction");
        Objects.requireNonNull(upperFraction, "upperFraction");
        Objects.requireNonNull(minBpm, "minBpm");
        Objects.requireNonNull(maxBpm, "maxBpm");
        if (minBpm.isPresent() && maxBpm.isPresent() && minBpm.getAsInt() > maxBpm.getAsInt()) {
            throw new IllegalArgumentException("zone " + name + " has min above max: " + minBpm + " > " + maxBpm);
        }
    }
}
