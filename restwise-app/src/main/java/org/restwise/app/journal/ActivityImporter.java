package org.restwise.app.journal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.restwise.core.activity.ActivityProfile;
import org.restwise.core.activity.ActivitySummary;
import org.restwise.core.activity.ImportedActivity;
import org.restwise.core.activity.InferenceBasis;
import org.restwise.core.activity.RunningLegs;
import org.restwise.core.activity.InferredSessionType;
import org.restwise.core.activity.SessionTypeInference;
import org.restwise.core.activity.Sport;
import org.restwise.core.advice.Modality;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RecoveryBlock;
import org.restwise.formats.ReadActivity;
import org.restwise.formats.ReadOutcome;
import org.restwise.store.JournalException;
import org.restwise.app.access.AthleteJournal;
import org.restwise.core.activity.StoredActivity;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.core.units.Measures;

/**
 * Turns each activity read from a watch file into a journal session, once: every activity in its
 * own transaction, so an interrupted import keeps what it finished and never half of one.
 */
public final class ActivityImporter {

    /** What became of one file or archive entry. */
    public sealed interface Result {
        String source();

        record Imported(String source, long sessionId, LoggedSession session, InferredSessionType inferred) implements Result {
        }

        /** The run is in the journal already, as session {@code sessionId}, imported from {@code sameAs}. */
        record AlreadyThere(String source, long sessionId, String sameAs) implements Result {
        }

        record Skipped(String source, String reason) implements Result {
        }
    }

    private final AthleteJournal store;
    private final ZoneId zone;
    private final boolean asRecovery;
    private final Optional<Integer> maxHeartRate;
    private final Measures units;

    /**
     * Reads the profile once: its maximum heart rate judges intensity, its units write the reasons.
     *
     * @param zone where the runner lives: a session's date and start are local time there
     * @param asRecovery store every activity as a recovery session (checked against the dose) instead of inferring its type
     */
    public ActivityImporter(AthleteJournal store, ZoneId zone, boolean asRecovery) {
        this.store = store;
        this.zone = zone;
        this.asRecovery = asRecovery;
        RunnerProfile profile = store.read(j -> j.profile().find()).orElse(RunnerProfile.EMPTY);
        this.maxHeartRate = profile.athlete().maxHeartRate();
        this.units = profile.measures();
    }

    public Result importOne(ReadOutcome outcome) {
        if (outcome instanceof ReadOutcome.Failed failed) {
            return new Result.Skipped(failed.source(), failed.reason());
        }
        ReadActivity read = ((ReadOutcome.Read) outcome).activity();
        ActivitySummary summary = read.activity().summary();
        Sport sport = read.activity().sport();
        // The whole pass: the file's legs (multisport) and the track's speeds (not on foot) decide too.
        InferredSessionType inferred = SessionTypeInference.infer(read.activity(), maxHeartRate, units);
        ImportedActivity activity = new ImportedActivity(read.source(), read.format().name(), sport, summary, inferred);
        if (summary.start().isEmpty()) {
            return new Result.Skipped(read.source(),
                    "The file has no real date (its times count from when the device was switched on), so it has no place in the journal.");
        }
        LoggedSession session;
        try {
            session = session(activity, InferenceBasis.of(read.activity()));
        } catch (IllegalArgumentException e) {
            return new Result.Skipped(read.source(), "The activity cannot be a journal session: " + e.getMessage() + ".");
        }
        // Drawn while the file was read (the samples are never all kept): this is what the charts get.
        ActivityProfile profile = read.activity().profile();
        try {
            return store(activity, session, profile, InferenceBasis.of(read.activity()));
        } catch (JournalException e) {
            // Only a concurrent import of the same file gets here (the unique fingerprint): report it as there.
            Optional<Long> existing = store.read(j -> j.activities().sessionWithFingerprint(activity.fingerprint()));
            if (existing.isPresent()) {
                return new Result.AlreadyThere(read.source(), existing.get(), read.source());
            }
            throw e;
        }
    }

    private Result store(ImportedActivity activity, LoggedSession session, ActivityProfile profile, InferenceBasis basis) {
        Instant start = activity.summary().start().orElseThrow();
        return store.write(journal -> {
            journal.activities().lockForImport();
            Optional<Long> sameFile = journal.activities().sessionWithFingerprint(activity.fingerprint());
            if (sameFile.isPresent()) {
                return new Result.AlreadyThere(activity.sourceFile(), sameFile.get(),
                        journal.activities().forSession(sameFile.get()).orElseThrow().activity().sourceFile());
            }
            for (StoredActivity other : journal.activities().startingBetween(start.minus(ImportedActivity.SAME_START),
                    start.plus(ImportedActivity.SAME_START))) {
                if (activity.isSameRunAs(other.activity())) {
                    return new Result.AlreadyThere(activity.sourceFile(), other.sessionId(), other.activity().sourceFile());
                }
            }
            LoggedSession reviewed = RecoveryDoseReview.review(journal, session, Optional.of(activity));
            long id = journal.sessions().add(reviewed);
            journal.activities().add(id, activity);
            journal.activities().saveInferenceBasis(id, basis);
            if (!profile.isEmpty()) {
                journal.activities().saveProfile(id, profile);
            }
            return new Result.Imported(activity.sourceFile(), id, reviewed, activity.inferred());
        });
    }

    /**
     * The session an activity becomes. Its minutes are the whole moving time (load counts every leg);
     * of a multisport file its distance, climbing and descent are the running legs' where the file
     * gives them, because those are what load the legs eccentrically (the ride's descent does not).
     */
    private LoggedSession session(ImportedActivity activity, InferenceBasis basis) {
        ActivitySummary s = activity.summary();
        // Minutes, as a runner logs a start; the activity keeps the exact instant.
        LocalDateTime start = LocalDateTime.ofInstant(s.start().orElseThrow(), zone).truncatedTo(ChronoUnit.MINUTES);
        // Moving time: a coffee stop at the hut is not training (and load is minutes times intensity).
        double seconds = s.movingSeconds().or(s::durationSeconds).orElse(0.0);
        int minutes = (int) Math.round(seconds / 60);
        if (minutes < 1) {
            throw new IllegalArgumentException("it lasts under a minute");
        }
        Optional<RecoveryBlock> recovery = asRecovery
                ? Optional.of(new RecoveryBlock(modality(activity.sport()), Optional.empty(), Optional.empty()))
                : Optional.empty();
        Optional<RunningLegs> run = activity.sport() == Sport.MULTISPORT ? RunningLegs.of(basis.legs()) : Optional.empty();
        Optional<Double> meters = run.flatMap(RunningLegs::distanceMeters).or(activity::bestDistanceMeters);
        Optional<Double> ascent = run.flatMap(RunningLegs::ascentMeters).or(s::ascentMeters);
        Optional<Double> descent = run.flatMap(RunningLegs::descentMeters).or(s::descentMeters);
        return new LoggedSession(start.toLocalDate(), Optional.of(start),
                asRecovery ? Optional.empty() : Optional.of(activity.inferred().type()), minutes, Optional.empty(),
                meters.map(m -> tenths(m / 1000)), ascent.map(ActivityImporter::tenths), descent.map(ActivityImporter::tenths),
                recovery);
    }

    private static Modality modality(Sport sport) {
        return switch (sport) {
            case WALKING, HIKING -> Modality.WALK;
            case CYCLING -> Modality.CYCLE;
            case SWIMMING -> Modality.SWIM;
            default -> Modality.EASY_JOG;
        };
    }

    private static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
