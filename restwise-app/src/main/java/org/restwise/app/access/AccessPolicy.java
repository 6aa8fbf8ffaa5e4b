package org.restwise.app.access;

import org.restwise.core.access.AthleteId;
import org.restwise.core.access.Role;
import org.restwise.core.access.Squad;
import org.restwise.store.Journal;

/**
 * Every access rule of Restwise, in one place. Use cases ask it before they touch a repository;
 * it answers by returning or by throwing {@link AccessRefused}.
 *
 * <ul>
 *   <li>An athlete reads and writes their own journal, and nobody else's.
 *   <li>A coach reads the journals of the athletes in their squads, while they stay, and writes
 *       only notes on them. Writing check-ins, sessions, imports or the profile is the athlete's.
 *   <li>A squad, its invitations and its morning page are its coach's alone.
 *   <li>An admin manages accounts; being an admin opens no journal.
 *   <li>The own runner (the command line, or the login-free server on loopback) is athlete 1.
 * </ul>
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** The journal the requester keeps, if they keep one. */
    public static AthleteId ownAthlete(Journal journal, Requester requester) {
        if (!(requester instanceof Requester.SignedIn signedIn)) {
            return AthleteId.OWN_RUNNER;
        }
        return journal.athletes().ofAccount(signedIn.account().id())
                .orElseThrow(() -> AccessRefused.forbidden("this account keeps no journal of its own"
                        + " (it is not an athlete's)"));
    }

    public static boolean mayRead(Journal journal, Requester requester, AthleteId athlete) {
        return isOwn(journal, requester, athlete) || coaches(journal, requester, athlete);
    }

    public static boolean mayWrite(Journal journal, Requester requester, AthleteId athlete) {
        return isOwn(journal, requester, athlete);
    }

    /** Notes on a day: the athlete's replies, and their coaches' notes. */
    public static void checkMayWriteNote(Journal journal, Requester requester, AthleteId athlete) {
        if (requester instanceof Requester.OwnRunner) {
            throw AccessRefused.forbidden("notes need an account: sign in to write one");
        }
        if (!mayRead(journal, requester, athlete)) {
            throw AccessRefused.notFound("athlete " + athlete);
        }
    }

    public static void checkMayCreateSquad(Requester requester) {
        if (!(requester instanceof Requester.SignedIn signedIn) || !signedIn.account().is(Role.COACH)) {
            throw AccessRefused.forbidden("only a coach's account can make a squad");
        }
    }

    /** The squad, when the requester is its coach; otherwise as if it did not exist. */
    public static Squad squadCoachedBy(Journal journal, Requester requester, long squadId) {
        return journal.squads().find(squadId)
                .filter(squad -> requester instanceof Requester.SignedIn signedIn
                        && signedIn.account().is(Role.COACH)
                        && squad.coachAccountId() == signedIn.account().id())
                .orElseThrow(() -> AccessRefused.notFound("squad " + squadId));
    }

    private static boolean isOwn(Journal journal, Requester requester, AthleteId athlete) {
        if (!(requester instanceof Requester.SignedIn signedIn)) {
            return athlete.equals(AthleteId.OWN_RUNNER);
        }
        return journal.athletes().ownerOf(athlete).filter(owner -> owner == signedIn.account().id()).isPresent();
    }

    private static boolean coaches(Journal journal, Requester requester, AthleteId athlete) {
        return requester instanceof Requester.SignedIn signedIn && signedIn.account().is(Role.COACH)
                && journal.squads().coaches(signedIn.account().id(), athlete);
    }
}
