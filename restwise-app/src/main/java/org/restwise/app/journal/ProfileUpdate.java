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

    /**
     * Saves {@code updated} in the caller's transaction.
     *
     * @return how many imported sessions would now read as another type (a maximum heart rate set or
     *     changed judges intensity): the runner decides, through {@link ActivityRetyping#apply}
     */
    public static long save(AthleteRecords journal, RunnerProfile updated) {
        RunnerProfile before = journal.profile().find().orElse(RunnerProfile.EMPTY);
        journal.profile().save(updated);
        if (updated.units() != before.units()) {
            ActivityRetyping.reword(journal);
        }
        // Only the maximum heart rate decides a type; any other change leaves every type as it read.
        boolean maximumChanged = !updated.athlete().maxHeartRate().equals(before.athlete().maxHeartRate());
        return maximumChanged ? ActivityRetyping.review(journal).typesChanged() : 0;
    }

    /** "2 imported sessions read as another type with this profile", or empty when none does. */
    public static java.util.Optional<String> retypeHint(long types) {
        return types == 0 ? java.util.Optional.empty() : java.util.Optional.of(types + " imported session"
                + (types == 1 ? " reads" : "s read") + " as another type with this profile");
    }
}
