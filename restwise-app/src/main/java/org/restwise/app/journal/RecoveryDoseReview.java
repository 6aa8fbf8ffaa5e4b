package org.restwise.app.journal;

import java.util.Optional;
import org.restwise.core.activity.ImportedActivity;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RecoveryBlock;
import org.restwise.core.journal.RecoveryDose;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.store.AthleteRecords;

/**
 * Checks a recovery session against the recovery dose before it is stored (logged, imported or
 * corrected), with what the journal knows: the profile's maximum heart rate, the runner's easy pace
 * from their imported easy sessions, and the session's activity when it came from a watch file.
 */
public final class RecoveryDoseReview {

    /** Recent easy sessions are the runner's current easy pace; older ones may predate a fitter (or injured) runner. */
    static final int EASY_SESSIONS_CONSIDERED = 20;

    private RecoveryDoseReview() {
    }

    /**
     * The session with the check's verdict in its recovery block; a training session comes back as
     * it is. A mark the session already carries (set by the runner, or restored) is kept: the check
     * only adds a flag, it never clears one.
     */
    public static LoggedSession review(AthleteRecords journal, LoggedSession session, Optional<ImportedActivity> activity) {
        if (session.recovery().isEmpty()) {
            return session;
        }
        RecoveryBlock block = session.recovery().get();
        RunnerProfile profile = journal.profile().find().orElse(RunnerProfile.EMPTY);
        Optional<Integer> maxHeartRate = profile.athlete().maxHeartRate();
        Optional<Double> easyPace = RecoveryDose.easyPace(journal.activities().easyGradeAdjustedPaces(EASY_SESSIONS_CONSIDERED));
        RecoveryDose.Effort effort = new RecoveryDose.Effort(session.minutes(),
                activity.flatMap(a -> a.summary().avgHeartRateBpm()),
                activity.flatMap(a -> a.summary().gradeAdjustedPaceSecondsPerKm()));
        Optional<String> verdict = RecoveryDose.check(effort, maxHeartRate, easyPace,
                profile.measures()).or(block::mediumWork);
        return new LoggedSession(session.date(), session.start(), session.trainingType(), session.minutes(), session.rpe(),
                session.distanceKm(), session.ascentM(), session.descentM(), Optional.of(block.withMediumWork(verdict)));
    }
}
