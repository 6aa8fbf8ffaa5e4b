package org.restwise.app.squad;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.restwise.app.access.AccessPolicy;
import org.restwise.app.access.AccessRefused;
import org.restwise.app.access.Requester;
import org.restwise.core.access.AthleteId;
import org.restwise.core.journal.DayNote;
import org.restwise.store.JournalStore;

/** Notes on an athlete's days: their coaches write them, the athlete reads them and replies. */
public final class DayNotes {

    private final JournalStore store;
    private final Clock clock;

    public DayNotes(JournalStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public long write(Requester requester, AthleteId athlete, LocalDate day, String body) {
        if (day.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("note: a note is on a day that has come, not on " + day);
        }
        long author = ((Requester.SignedIn) checkedSignedIn(requester)).account().id();
        return store.write(j -> {
            AccessPolicy.checkMayWriteNote(j, requester, athlete);
            return j.athlete(athlete).notes().add(day, author, body, clock.instant());
        });
    }

    /** The notes on days from {@code first} to {@code last}, for whoever may read the athlete's journal. */
    public List<DayNote> between(Requester requester, AthleteId athlete, LocalDate first, LocalDate last) {
        return store.read(j -> {
            if (!AccessPolicy.mayRead(j, requester, athlete)) {
                throw AccessRefused.notFound("athlete " + athlete);
            }
            return j.athlete(athlete).notes().between(first, last);
        });
    }

    private static Requester checkedSignedIn(Requester requester) {
        if (!(requester instanceof Requester.SignedIn)) {
            throw AccessRefused.forbidden("notes need an account: sign in to write one");
        }
        return requester;
    }
}
