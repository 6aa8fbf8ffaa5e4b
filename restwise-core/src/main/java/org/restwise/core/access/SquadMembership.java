package org.restwise.core.access;

import java.time.Instant;
import java.util.Objects;

/**
 * A squad an athlete belongs to, and whose coach that is: one of the people who can read the
 * athlete's journal.
 */
public record SquadMembership(Squad squad, String coachEmail, Instant joinedAt) {

    public SquadMembership {
        Objects.requireNonNull(squad, "squad");
        Objects.requireNonNull(coachEmail, "coachEmail");
        Objects.requireNonNull(joinedAt, "joinedAt");
    }
}
