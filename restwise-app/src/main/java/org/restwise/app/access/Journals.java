package org.restwise.app.access;

import java.util.Objects;
import org.restwise.core.access.AthleteId;
import org.restwise.store.JournalStore;

/**
 * The way in to athletes' journals: the only holder of the store that edges reach, and it hands a
 * journal out only as {@link AccessPolicy} allows. An athlete id from a URL is checked here before
 * any of its rows is read.
 */
public final class Journals {

    private final JournalStore store;

    public Journals(JournalStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The journal the requester keeps. */
    public AthleteJournal own(Requester requester) {
        AthleteId athlete = store.read(journal -> AccessPolicy.ownAthlete(journal, requester));
        return new AthleteJournal(store, requester, athlete, true);
    }

    /** The journal the requester keeps, if they keep one (a coach-only or admin account keeps none). */
    public java.util.Optional<AthleteJournal> ownIfAny(Requester requester) {
        return store.read(journal -> requester instanceof Requester.SignedIn signedIn
                ? journal.athletes().ofAccount(signedIn.account().id()) : java.util.Optional.of(AthleteId.OWN_RUNNER))
                .map(athlete -> new AthleteJournal(store, requester, athlete, true));
    }

    /** The athlete's journal, if the requester may read it; otherwise as if there were no such athlete. */
    public AthleteJournal of(Requester requester, AthleteId athlete) {
        boolean[] access = store.read(journal -> new boolean[] {
            AccessPolicy.mayRead(journal, requester, athlete), AccessPolicy.mayWrite(journal, requester, athlete)});
        if (!access[0]) {
            throw AccessRefused.notFound("athlete " + athlete);
        }
        return new AthleteJournal(store, requester, athlete, access[1]);
    }

    /** Where the journal lives, without credentials. */
    public String location() {
        return store.location();
    }
}
