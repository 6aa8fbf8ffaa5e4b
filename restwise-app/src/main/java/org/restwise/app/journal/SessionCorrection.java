package org.restwise.app.journal;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.restwise.core.activity.StoredActivity;
import org.restwise.core.journal.LoggedSession;
import org.restwise.store.AthleteRecords;

/**
 * A runner's correction of a stored session, from the terminal or the web, and what depended on the
 * old values derived again: the recovery dose is checked against the session's own activity, and an
 * imported session whose type changed no longer carries the import's reason for its guess.
 */
public final class SessionCorrection {

    private SessionCorrection() {
    }

    /**
     * Replaces session {@code id} with {@code corrected} (inside the caller's transaction).
     *
     * @param typeWords a session type's name ("LONG_RUN") in the edge's words ("long run")
     * @return the session as stored, or empty when there is no such session
     */
    public static Optional<LoggedSession> correct(AthleteRecords journal, long id, LoggedSession corrected,
            UnaryOperator<String> typeWords) {
        Optional<LoggedSession> before = journal.sessions().find(id).map(e -> e.session());
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Optional<StoredActivity> activity = journal.activities().forSession(id);
        LoggedSession reviewed = RecoveryDoseReview.review(journal, corrected, activity.map(StoredActivity::activity));
        journal.sessions().replace(id, reviewed);
        if (activity.isPresent() && !reviewed.typeName().equals(before.get().typeName())) {
            journal.activities().typeCorrected(id, reason(reviewed.typeName(),
                    activity.get().activity().inferred().type().name(), typeWords));
        }
        return Optional.of(reviewed);
    }

    /** "You set this as cycling yourself; the import had read it as a long run." */
    static String reason(String chosen, String guessed, UnaryOperator<String> typeWords) {
        if (chosen.equals(guessed)) {
            return "You set this back to " + typeWords.apply(chosen) + " yourself, as the import had read it.";
        }
        return "You set this as " + typeWords.apply(chosen) + " yourself; the import had read it as "
                + typeWords.apply(guessed) + ".";
    }
}
