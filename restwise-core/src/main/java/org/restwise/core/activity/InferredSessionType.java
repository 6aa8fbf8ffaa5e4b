package org.restwise.core.activity;

import java.util.Objects;

/**
 * The session type Restwise guessed for an imported activity, and the rule that decided it, in words
 * the runner can check (and correct with {@code sessions edit} when the guess is wrong).
 */
public record InferredSessionType(SessionType type, String reason) {

    public InferredSessionType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
    }
}
