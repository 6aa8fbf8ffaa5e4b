package org.restwise.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.restwise.core.access.AthleteId;

/** The athletes who keep journals here, and the accounts that own them. */
public final class AthleteRepository {

    private final Handle handle;

    AthleteRepository(Handle handle) {
        this.handle = handle;
    }

    /** A new, empty journal owned by the account. */
    public AthleteId addFor(long accountId, Instant now) {
        return new AthleteId(handle.createQuery("INSERT INTO athlete (account_id, created_at) VALUES (:account, :now) RETURNING id")
                .bind("account", accountId)
                .bind("now", now.toEpochMilli())
                .mapTo(Long.class)
                .one());
    }

    /**
     * Gives the journal's own runner (athlete 1) to the account, if nobody owns it yet: the runner
     * who kept a journal on a laptop and now signs in to it. False when someone already does.
     */
    public boolean adoptOwnRunner(long accountId) {
        return handle.createUpdate("UPDATE athlete SET account_id = :account WHERE id = :own AND account_id IS NULL")
                .bind("account", accountId)
                .bind("own", AthleteId.OWN_RUNNER.value())
                .execute() == 1;
    }

    public Optional<AthleteId> ofAccount(long accountId) {
        return handle.createQuery("SELECT id FROM athlete WHERE account_id = :account")
                .bind("account", accountId)
                .mapTo(Long.class)
                .findOne()
                .map(AthleteId::new);
    }

    /** The account that owns the athlete's journal; empty for an unowned one (the own runner on a laptop). */
    public Optional<Long> ownerOf(AthleteId athlete) {
        return handle.createQuery("SELECT account_id FROM athlete WHERE id = :id AND account_id IS NOT NULL")
                .bind("id", athlete.value())
                .mapTo(Long.class)
                .findOne();
    }

    public boolean exists(AthleteId athlete) {
        return handle.createQuery("SELECT COUNT(*) FROM athlete WHERE id = :id")
                .bind("id", athlete.value()).mapTo(Integer.class).one() == 1;
    }
}
