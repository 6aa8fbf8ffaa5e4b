package org.restwise.app.squad;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.restwise.app.access.AccessPolicy;
import org.restwise.app.access.AccessRefused;
import org.restwise.app.access.Requester;
import org.restwise.app.auth.SecretTokens;
import org.restwise.core.access.AthleteId;
import org.restwise.core.access.Invitation;
import org.restwise.core.access.Role;
import org.restwise.core.access.Squad;
import org.restwise.core.access.SquadMembership;
import org.restwise.store.JournalStore;

/** Coaches' squads: making them, inviting athletes, joining and leaving. */
public final class Squads {

    /** Long enough to reach an athlete over a weekend; short enough that a forwarded link soon dies. */
    public static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

    private final JournalStore store;
    private final Clock clock;

    public Squads(JournalStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new invitation: the link's code, shown once (only its hash is kept), and when it stops working. */
    public record Invite(String code, Instant expiresAt) {
    }

    /** What an invitation's link shows before it is accepted. */
    public record InvitationView(Squad squad, String coachEmail, boolean open, Instant expiresAt) {
    }

    public Squad create(Requester requester, String name) {
        AccessPolicy.checkMayCreateSquad(requester);
        long coach = ((Requester.SignedIn) requester).account().id();
        return store.write(j -> j.squads().create(coach, name, clock.instant()));
    }

    /** The squads the requester coaches; none for anyone but a coach. */
    public List<Squad> coachedBy(Requester requester) {
        if (!(requester instanceof Requester.SignedIn signedIn) || !signedIn.account().is(Role.COACH)) {
            return List.of();
        }
        return store.read(j -> j.squads().ofCoach(signedIn.account().id()));
    }

    public Squad squad(Requester requester, long squadId) {
        return store.read(j -> AccessPolicy.squadCoachedBy(j, requester, squadId));
    }

    public Invite invite(Requester requester, long squadId) {
        String code = SecretTokens.fresh();
        Instant now = clock.instant();
        Instant expires = now.plus(INVITATION_LIFETIME);
        store.write(j -> {
            AccessPolicy.squadCoachedBy(j, requester, squadId);
            return j.squads().invite(squadId, SecretTokens.sha256(code), now, expires);
        });
        return new Invite(code, expires);
    }

    /** The squad an invitation's code leads to, for its page; empty for a code nobody made. */
    public Optional<InvitationView> lookUp(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return store.read(j -> j.squads().invitation(SecretTokens.sha256(code.strip())).flatMap(invitation ->
                j.squads().find(invitation.squadId()).map(squad -> new InvitationView(squad,
                        j.accounts().find(squad.coachAccountId()).map(a -> a.email()).orElse("a coach"),
                        invitation.isOpenAt(clock.instant()), invitation.expiresAt()))));
    }

    /**
     * Joins the requester's own journal to the invitation's squad and uses the invitation up. Refused
     * in one line when the code is unknown, used, or expired, or the requester keeps no journal.
     */
    public Squad accept(Requester requester, String code) {
        if (!(requester instanceof Requester.SignedIn signedIn)) {
            throw AccessRefused.forbidden("sign in to accept an invitation");
        }
        Instant now = clock.instant();
        return store.write(j -> {
            AthleteId athlete = AccessPolicy.ownAthlete(j, requester);
            Invitation invitation = j.squads().invitation(SecretTokens.sha256(code == null ? "" : code.strip()))
                    .orElseThrow(() -> AccessRefused.notFound("invitation"));
            Squad squad = j.squads().find(invitation.squadId()).orElseThrow(() -> AccessRefused.notFound("invitation"));
            if (!j.squads().accept(invitation.id(), signedIn.account().id(), now)) {
                throw new IllegalArgumentException("this invitation has been used already or has expired;"
                        + " ask your coach for a new link");
            }
            j.squads().join(squad.id(), athlete, now);
            return squad;
        });
    }

    /** Takes the requester's own journal out of the squad: its coach no longer sees it. */
    public void leave(Requester requester, long squadId) {
        store.write(j -> {
            AthleteId athlete = AccessPolicy.ownAthlete(j, requester);
            if (!j.squads().leave(squadId, athlete)) {
                throw AccessRefused.notFound("squad " + squadId);
            }
            return null;
        });
    }

    /** The coach takes an athlete out of their squad. */
    public void remove(Requester requester, long squadId, AthleteId athlete) {
        store.write(j -> {
            AccessPolicy.squadCoachedBy(j, requester, squadId);
            if (!j.squads().leave(squadId, athlete)) {
                throw AccessRefused.notFound("athlete " + athlete);
            }
            return null;
        });
    }

    /** Who can read the requester's journal: the squads they are in, with each one's coach. */
    public List<SquadMembership> whoSeesMe(Requester requester) {
        return store.read(j -> {
            if (requester instanceof Requester.SignedIn signedIn && j.athletes().ofAccount(signedIn.account().id()).isEmpty()) {
                return List.of();
            }
            return j.squads().ofAthlete(AccessPolicy.ownAthlete(j, requester));
        });
    }
}
