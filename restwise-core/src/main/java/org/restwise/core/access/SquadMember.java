package org.restwise.core.access;

import java.time.Instant;
import java.util.Objects;

/**
 * An athlete in a squad, as their coach sees them listed.
 *
 * @param name the name in their profile, or else their sign-in address
 * @param email their sign-in address
 */
public record SquadMember(AthleteId athlete, String name, String email, Instant joinedAt) {

    public SquadMember {
        Objects.requireNonNull(athlete, "athlete");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(joinedAt, "joinedAt");
    }
}
