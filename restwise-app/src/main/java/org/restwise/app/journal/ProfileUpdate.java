package org.restwise.app.journal;

import org.restwise.core.journal.RunnerProfile;
import org.restwise.store.AthleteRecords;

/**
 * A runner's profile saved, from the terminal, the web page or the API. A change of units also
 * rewrites the reasons of imported sessions in the new units, so no page mixes kilometres into a
 * runner's miles; their types stay as they are ({@link ActivityRetyping} reads those again on request).
 */
public final class ProfileUpdate {

    private ProfileUpdate() {
    }

    /** Saves {@code updated} in the caller's transaction. */
    public static void save(AthleteRecords journal, RunnerProfile updated) {
        RunnerProfile.Units before = journal.profile().find().map(RunnerProfile::units).orElse(RunnerProfile.Units.METRIC);
        journal.profile().save(updated);
        if (updated.units() != before) {
            ActivityRetyping.reword(journal);
        }
    }
}
