package org.restwise.core.activity;

import java.util.Arrays;
import java.util.Optional;

/** Values known at non-decreasing distances, read at any distance by linear interpolation. */
record DistanceSeries(double[] at, double[] value) {

    /** The value at {@code distance}; empty outside the known range or when nothing is known. */
    Optional<Double> at(double distance) {
        if (at.length == 0 || distance < at[0] || distance > at[at.length - 1]) {
            return Optional.empty();
        }
        int i = Arrays.binarySearch(at, distance);
        if (i >= 0) {
            return Optional.of(value[i]);
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double span = at[hi] - at[lo];
        double f = span == 0 ? 0 : (distance - at[lo]) / span;
        return Optional.of(value[lo] + f * (value[hi] - value[lo]));
    }
}
