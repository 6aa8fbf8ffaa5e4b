package org.restwise.store;

import java.util.Objects;
import org.restwise.core.journal.LoggedSession;

/** A logged session with the id by which it can be corrected or deleted. */
public record SessionEntry(long id, LoggedSession session) {

    public SessionEntry {
        Objects.requireNonNull(session, "session");
    }
}
