package org.restwise.core.journal;

import java.util.Objects;

/** A logged session with the id by which it can be corrected or deleted. */
public record SessionEntry(long id, LoggedSession session) {

    public SessionEntry {
        Objects.requireNonNull(session, "session");
    }
}
