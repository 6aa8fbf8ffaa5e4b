package org.restwise.core.body;

import java.util.Objects;

/** A value with the source it was read from, so a merged day can say where each number came from. */
public record Sourced<T>(T value, WellnessSource source) {

    public Sourced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    public static <T> Sourced<T> of(T value, WellnessSource source) {
        return new Sourced<>(value, source);
    }
}
