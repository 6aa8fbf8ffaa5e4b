package org.restwise.store;

import java.util.Objects;
import org.restwise.core.activity.ImportedActivity;

/** An imported activity with the id of the session it became. */
public record StoredActivity(long sessionId, ImportedActivity activity) {

    public StoredActivity {
        Objects.requireNonNull(activity, "activity");
    }
}
