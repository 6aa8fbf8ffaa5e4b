package org.restwise.core.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A coach's invitation to join a squad: a link with a random code that works once, until it expires.
 *
 * @param id the invitation's key
 * @param squadId the squad it joins
 * @param expiresAt after this it no longer works
 * @param acceptedAt when it was used, if it was
 */
public record Invitation(long id, long squadId, Instant expiresAt, Optional<Instant> acceptedAt) {

    public Invitation {
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }

    /** Still usable at {@code now}: not used, not expired. */
    public boolean isOpenAt(Instant now) {
        return acceptedAt.isEmpty() && now.isBefore(expiresAt);
    }
}
