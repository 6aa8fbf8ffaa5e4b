package org.restwise.app.journal;

import java.time.Instant;
import java.util.Optional;
import org.restwise.app.json.JournalImport;
import org.restwise.core.activity.ImportedActivity;
import org.restwise.store.ActivityRecord;
import org.restwise.store.Journal;
import org.restwise.store.SessionEntry;

/**
 * Writes a parsed backup into a journal, inside the caller's one transaction. What the journal has
 * already is kept: the profile's own values and a check-in on the same date; when merging, also an
 * identical session, and an activity with the same fingerprint or of the same run (as {@code import}
 * decides). Without merging the journal is empty, and everything is written as the document has it
 * (two identical walks on one day stay two), so export → restore → export is byte-identical.
 */
public final class JournalRestore {

    /** What was added and what was already there (and therefore kept). */
    public record Counts(int checkInsAdded, int checkInsKept, int sessionsAdded, int sessionsKept,
            int activitiesAdded, int activitiesKept) {
    }

    private final Journal journal;
    private final boolean merge;
    private int sessionsAdded;
    private int activitiesAdded;
    private int activitiesKept;

    private JournalRestore(Journal journal, boolean merge) {
        this.journal = journal;
        this.merge = merge;
    }

    public static Counts into(Journal journal, JournalImport backup, boolean merge) {
        return new JournalRestore(journal, merge).restore(backup);
    }

    private Counts restore(JournalImport backup) {
        backup.profile().ifPresent(fromFile -> journal.profile().save(journal.profile().find()
                .map(own -> fromFile.updatedWith(own, true))
                .orElse(fromFile)));
        int checkInsAdded = 0;
        for (JournalImport.CheckInEntry c : backup.checkIns()) {
            if (journal.checkIns().onDate(c.checkIn().date()).isEmpty()) {
                journal.checkIns().save(c.checkIn(), c.decision(), c.state(), c.scenarios(), c.redFlags(), c.adviceJson());
                checkInsAdded++;
            }
        }
        if (backup.sessions().stream().anyMatch(s -> s.activity().isPresent())) {
            // As an import does: a concurrent import cannot slip the same run in between check and insert.
            journal.activities().lockForImport();
        }
        for (JournalImport.SessionEntry s : backup.sessions()) {
            s.activity().ifPresentOrElse(activity -> restoreImported(s, activity), () -> restoreLogged(s));
        }
        return new Counts(checkInsAdded, backup.checkIns().size() - checkInsAdded,
                sessionsAdded, backup.sessions().size() - sessionsAdded, activitiesAdded, activitiesKept);
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
