package org.restwise.core.activity;

import java.util.Objects;
import java.util.Optional;

/**
 * An {@code activity} row whole, as a backup carries it: the fingerprint as it was stored (not
 * recomputed, so a backup restores the same identity even if a later build fingerprints differently),
 * the measurements, and the chart profile when the activity has one.
 */
public record ActivityRecord(String fingerprint, ImportedActivity activity, Optional<ActivityProfile> profile) {

    public ActivityRecord {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(profile, "profile");
    }
}
