package org.restwise.app.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.restwise.core.activity.ImportedActivity;
import org.restwise.core.activity.InferenceBasis;
import org.restwise.core.activity.InferredSessionType;
import org.restwise.core.activity.SessionType;
import org.restwise.core.activity.SessionTypeInference;
import org.restwise.core.activity.StoredActivity;
import org.restwise.core.activity.Sport;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.core.journal.SessionEntry;
import org.restwise.core.units.Measures;
import org.restwise.store.AthleteRecords;

/**
 * Reads the type of every imported session again with today's rules and profile (a maximum heart
 * rate set after the import judges intensity; a refined rule applies to old imports). A type the
 * runner chose is theirs and stays. An activity imported before its legs and speeds were kept is
 * read again only where those could not have decided: a multisport file, or a track once found too
 * fast for a runner, keeps its type.
 */
public final class ActivityRetyping {

    /** One session whose type (or only the reason for it) reads differently now. */
    public record Change(long sessionId, LocalDate date, SessionType from, InferredSessionType to) {

        public boolean typeChanged() {
            return from != to.type();
        }
    }

    /**
     * What reading again found.
     *
     * @param changes the sessions whose type or reason changed, oldest first
     * @param readAgain how many imported sessions were read again
     * @param chosenByRunner how many kept the type the runner chose
     * @param notRereadable how many kept their type because the file's legs or speeds were not kept
     */
    public record Outcome(List<Change> changes, int readAgain, int chosenByRunner, int notRereadable) {

        public Outcome {
            changes = List.copyOf(changes);
        }

        public long typesChanged() {
            return changes.stream().filter(Change::typeChanged).count();
        }

        /** "Read 12 imported sessions again: 2 types changed, 3 reasons updated. 1 keeps the type you chose." */
        public String summary() {
            long types = typesChanged();
            long reasons = changes.size() - types;
            StringBuilder text = new StringBuilder("Read " + count(readAgain, "imported session") + " again: ");
            text.append(changes.isEmpty() ? "nothing reads differently now."
                    : count(types, "type") + " changed, " + count(reasons, "reason") + " updated.");
            if (chosenByRunner > 0) {
                text.append(" ").append(count(chosenByRunner, "session")).append(chosenByRunner == 1 ? " keeps" : " keep")
                        .append(" the type you chose.");
            }
            if (notRereadable > 0) {
                text.append(" ").append(count(notRereadable, "multisport or too-fast file"))
                        .append(notRereadable == 1 ? " keeps its type" : " keep their type")
                        .append(": it was imported before Restwise kept what decides those; import it again to read it anew.");
            }
            return text.toString();
        }

        private static String count(long n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }

    private ActivityRetyping() {
    }

    /** What reading again would change, without changing it. */
    public static Outcome review(AthleteRecords journal) {
        RunnerProfile profile = journal.profile().find().orElse(RunnerProfile.EMPTY);
        Optional<Integer> maxHeartRate = profile.athlete().maxHeartRate();
        Measures units = profile.measures();
        Map<Long, StoredActivity> activities = journal.activities().bySession();
        Map<Long, InferenceBasis> bases = journal.activities().inferenceBasisBySession();
        List<Change> changes = new ArrayList<>();
        int readAgain = 0;
        int chosenByRunner = 0;
        int notRereadable = 0;
        for (SessionEntry entry : journal.sessions().all()) {
            StoredActivity record = activities.get(entry.id());
            if (record == null || entry.session().recovery().isPresent()) {
                continue;
            }
            ImportedActivity activity = record.activity();
            SessionType guessed = activity.inferred().type();
            if (entry.session().trainingType().filter(t -> t == guessed).isEmpty()) {
                chosenByRunner++;
                continue;
            }
            Optional<InferenceBasis> basis = Optional.ofNullable(bases.get(entry.id()));
            if (basis.isEmpty() && !rereadableWithoutBasis(activity)) {
                notRereadable++;
                continue;
            }
            readAgain++;
            InferredSessionType now = SessionTypeInference.infer(activity.sport(), activity.summary(),
                    basis.orElse(InferenceBasis.UNKNOWN), maxHeartRate, units);
            if (now.type() != guessed || !now.reason().equals(activity.inferred().reason())) {
                changes.add(new Change(entry.id(), entry.session().date(), guessed, now));
            }
        }
        changes.sort(Comparator.comparing(Change::date).thenComparing(Change::sessionId));
        return new Outcome(changes, readAgain, chosenByRunner, notRereadable);
    }

    /** Reads again and stores what changed, in the caller's transaction. */
    public static Outcome apply(AthleteRecords journal) {
        Outcome outcome = review(journal);
        for (Change change : outcome.changes()) {
            journal.activities().inferredAgain(change.sessionId(), change.to());
            if (change.typeChanged()) {
                LoggedSession s = journal.sessions().find(change.sessionId()).orElseThrow().session();
                journal.sessions().replace(change.sessionId(), new LoggedSession(s.date(), s.start(),
                        Optional.of(change.to().type()), s.minutes(), s.rpe(), s.distanceKm(), s.ascentM(), s.descentM(),
                        s.recovery()));
            }
        }
        return outcome;
    }

    /**
     * Rewrites the reasons whose words changed (the runner's units) and leaves every type as it is,
     * even one that would now read differently: that is the runner's call, through {@link #apply}.
     */
    public static void reword(AthleteRecords journal) {
        for (Change change : review(journal).changes()) {
            if (!change.typeChanged()) {
                journal.activities().inferredAgain(change.sessionId(), change.to());
            }
        }
    }

    /**
     * Without the legs, a multisport file reads as cross-training whatever its running legs were; without
     * the speeds, a track found not on foot would read as a run again. Those keep the import's type.
     */
    private static boolean rereadableWithoutBasis(ImportedActivity activity) {
        if (activity.sport() == Sport.MULTISPORT) {
            return false;
        }
        boolean onFootOrUnknown = activity.sport().isRunning() || activity.sport() == Sport.UNKNOWN
                || activity.sport() == Sport.WALKING || activity.sport() == Sport.HIKING;
        return !(onFootOrUnknown && activity.inferred().type() == SessionType.OTHER);
    }
}
