package org.restwise.app.journal;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.core.load.AcwrMethod;
import org.restwise.core.load.JournalLoad;
import org.restwise.core.load.LoadReport;
import org.restwise.core.terrain.GradeCostModel;
import org.restwise.app.access.AthleteJournal;
import org.restwise.core.journal.SessionEntry;

/**
 * The journal's load series. Every session up to the last day is read, not just the days shown:
 * fitness (42-day) and the chronic load need the history before the first day. Imported sessions
 * bring the flat-equivalent distance measured along their track.
 */
public final class LoadFromJournal {

    private LoadFromJournal() {
    }

    public static LoadReport report(AthleteJournal store, LocalDate from, LocalDate today, AcwrMethod method) {
        return LoadReport.of(journalLoad(store, today), from, today, method);
    }

    /** The series of every session on or before {@code last}. */
    public static JournalLoad journalLoad(AthleteJournal store, LocalDate last) {
        return store.read(journal -> {
            RunnerProfile profile = journal.profile().find().orElse(RunnerProfile.EMPTY);
            List<SessionEntry> entries = journal.sessions().between(LocalDate.of(1900, 1, 1), last);
            Map<Long, Double> measuredMetres = journal.activities().flatEquivalentMetersBySession();
            Map<LoggedSession, OptionalDouble> measuredKm = new IdentityHashMap<>();
            entries.forEach(entry -> {
                Double metres = measuredMetres.get(entry.id());
                measuredKm.put(entry.session(), metres == null ? OptionalDouble.empty() : OptionalDouble.of(metres / 1000));
            });
            List<LoggedSession> sessions = entries.stream().map(SessionEntry::session).toList();
            return JournalLoad.of(sessions, profile, GradeCostModel.minetti(),
                    session -> measuredKm.getOrDefault(session, OptionalDouble.empty()));
        });
    }
}
