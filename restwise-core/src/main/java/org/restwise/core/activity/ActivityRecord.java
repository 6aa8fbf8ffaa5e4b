package org.restwise.core.activity;

import java.util.Objects;
import java.util.Optional;

/**
 * An {@code activity} row whole, as a backup carries it: the fingerprint as it was stored (not
 * recomputed, so a backup restores the same identity even if a later build fingerprints differently),
 * the measurements, the chart profile when the activity has one, and what its type was guessed from
 * beyond the summary when that was kept (imports since version 10).
 */
public record ActivityRecord(String fingerprint, ImportedActivity activity, Optional<ActivityProfile> profile,
                             Optional<InferenceBasis> basis) {

    public ActivityRecord {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(basis, "basis");
    }

    /** A record without its inference basis (an activity imported before it was kept). */
    public ActivityRecord(String fingerprint, ImportedActivity activity, Optional<ActivityProfile> profile) {
        this(fingerprint, activity, profile, Optional.empty());
    }
}
