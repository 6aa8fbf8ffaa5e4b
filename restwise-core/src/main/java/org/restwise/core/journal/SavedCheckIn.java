package org.restwise.core.journal;

import java.util.Objects;

/**
 * A stored check-in with the advice output exactly as it was printed, so {@code today} and the
 * export show what the runner saw.
 */
public record SavedCheckIn(StoredCheckIn entry, String adviceJson) {

    public SavedCheckIn {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(adviceJson, "adviceJson");
    }

    public long id() {
        return entry.id();
    }
}
