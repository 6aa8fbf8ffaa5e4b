package org.restwise.app.journal;

import java.time.LocalDate;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.core.load.AcwrMethod;
import org.restwise.core.load.JournalLoad;
import org.restwise.core.load.LoadReport;
import org.restwise.store.JournalStore;

/**
 * The load report over the journal's sessions. Every session up to {@code today} is read, not just
 * the days shown: fitness (42-day) and the chronic load need the history before the first day.
 */
public final class LoadFromJournal {

    private LoadFromJournal() {
    }

    public static LoadReport report(JournalStore store, LocalDate from, LocalDate today, AcwrMethod method) {
        return store.read(journal -> {
            RunnerProfile profile = journal.profile().find().orElse(RunnerProfile.EMPTY);
            var sessions = journal.sessions().between(LocalDate.of(1900, 1, 1), today).stream()
                    .map(entry -> entry.session()).toList();
            return LoadReport.of(JournalLoad.of(sessions, profile), from, today, method);
        });
    }
}
