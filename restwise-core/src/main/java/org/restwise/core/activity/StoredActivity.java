package org.restwise.core.activity;

import java.util.Objects;

/** An imported activity with the id of the session it became. */
public record StoredActivity(long sessionId, ImportedActivity activity) {

    public StoredActivity {
        Objects.requireNonNull(activity, "activity");
    }
}
