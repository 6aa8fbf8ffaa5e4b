package org.restwise.app.journal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.restwise.app.json.JournalImport;
import org.restwise.core.activity.ImportedActivity;
import org.restwise.core.activity.ActivityRecord;
import org.restwise.store.AthleteRecords;
import org.restwise.app.access.AthleteJournal;
import org.restwise.core.journal.SessionEntry;

/**
 * Writes a parsed backup into a journal, in groups of entries that each commit whole, so that a
 * long restore lets other commands and requests write in between (an interrupted restore keeps the
 * groups it finished; running it again with {@code --merge} adds the rest, once). What the journal
 * has already is kept: the profile's own values and a check-in on the same date; when merging, also
 * an identical session, and an activity with the same fingerprint or of the same run (as
 * {@code import} decides). Without merging the journal is empty, and everything is written as the
 * document has it (two identical walks on one day stay two), so export → restore → export is
 * byte-identical.
 */
public final class JournalRestore {

    /** Check-ins are one small row each: a few hundred commit in a blink. */
    static final int CHECK_INS_PER_TRANSACTION = 200;
    /**
     * A session may carry an activity with its chart profile (tens of milliseconds to write): twenty
     * keep each transaction, and so another writer's wait, well under a second.
     */
    static final int SESSIONS_PER_TRANSACTION = 20;

    /** What was added and what was already there (and therefore kept). */
    public record Counts(int checkInsAdded, int checkInsKept, int sessionsAdded, int sessionsKept,
            int activitiesAdded, int activitiesKept) {
    }

    private final boolean merge;
    private AthleteRecords journal;
    private int checkInsAdded;
    private int sessionsAdded;
    private int activitiesAdded;
    private int activitiesKept;

    private JournalRestore(boolean merge) {
        this.merge = merge;
    }

    /**
     * Restores {@code backup} into {@code store}; {@code precondition} runs first, in the same
     * transaction as the profile, and may refuse the journal by throwing before anything is written.
     */
    public static Counts into(AthleteJournal store, JournalImport backup, boolean merge, Consumer<AthleteRecords> precondition) {
        JournalRestore restore = new JournalRestore(merge);
        store.write(journal -> {
            precondition.accept(journal);
            restore.in(journal).profile(backup);
            return null;
        });
        store.writeInTurns(backup.checkIns(), CHECK_INS_PER_TRANSACTION, (journal, group) -> restore.in(journal).checkIns(group));
        store.writeInTurns(backup.sessions(), SESSIONS_PER_TRANSACTION, (journal, group) -> restore.in(journal).sessions(group));
        return new Counts(restore.checkInsAdded, backup.checkIns().size() - restore.checkInsAdded,
                restore.sessionsAdded, backup.sessions().size() - restore.sessionsAdded,
                restore.activitiesAdded, restore.activitiesKept);
    }

    /** The transaction the next group is written in. */
    private JournalRestore in(AthleteRecords current) {
        this.journal = current;
        return this;
    }

    private void profile(JournalImport backup) {
        backup.profile().ifPresent(fromFile -> journal.profile().save(journal.profile().find()
                .map(own -> fromFile.updatedWith(own, true))
                .orElse(fromFile)));
    }

    private void checkIns(List<JournalImport.CheckInEntry> group) {
        for (JournalImport.CheckInEntry c : group) {
            if (journal.checkIns().onDate(c.checkIn().date()).isEmpty()) {
                journal.checkIns().save(c.checkIn(), c.decision(), c.state(), c.scenarios(), c.redFlags(), c.adviceJson());
                checkInsAdded++;
            }
        }
    }

    private void sessions(List<JournalImport.SessionEntry> group) {
        if (group.stream().anyMatch(s -> s.activity().isPresent())) {
            // As an import does: a concurrent import cannot slip the same run in between check and insert.
            journal.activities().lockForImport();
        }
        for (JournalImport.SessionEntry s : group) {
            s.activity().ifPresentOrElse(activity -> restoreImported(s, activity), () -> restoreLogged(s));
        }
    }

    private void restoreLogged(JournalImport.SessionEntry s) {
        if (identicalOnItsDay(s).isEmpty()) {
            journal.sessions().add(s.session());
            sessionsAdded++;
        }
    }

    private void restoreImported(JournalImport.SessionEntry s, ActivityRecord activity) {
        if (merge && alreadyThere(activity)) {
            activitiesKept++;
            return;
        }
        // A journal restored from a version 1 backup has the session without its activity: give it back.
        Optional<Long> bare = identicalOnItsDay(s).filter(id -> journal.activities().forSession(id).isEmpty());
        long sessionId;
        if (bare.isPresent()) {
            sessionId = bare.get();
        } else {
            sessionId = journal.sessions().add(s.session());
            sessionsAdded++;
        }
        journal.activities().add(sessionId, activity);
        activitiesAdded++;
    }

    private boolean alreadyThere(ActivityRecord record) {
        if (journal.activities().sessionWithFingerprint(record.fingerprint()).isPresent()) {
            return true;
        }
        ImportedActivity activity = record.activity();
        Optional<Instant> start = activity.summary().start();
        return start.isPresent() && journal.activities()
                .startingBetween(start.get().minus(ImportedActivity.SAME_START), start.get().plus(ImportedActivity.SAME_START))
                .stream().anyMatch(other -> activity.isSameRunAs(other.activity()));
    }

    private Optional<Long> identicalOnItsDay(JournalImport.SessionEntry s) {
        if (!merge) {
            return Optional.empty();
        }
        return journal.sessions().between(s.session().date(), s.session().date()).stream()
                .filter(e -> e.session().equals(s.session()))
                .map(SessionEntry::id)
                .findFirst();
    }
}
