package org.restwise.app.auth;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import org.restwise.core.access.Account;
import org.restwise.core.access.Role;
import org.restwise.store.JournalStore;

/** Making and removing the accounts of a server, with the journals that belong to them. */
public final class Accounts {

    private final JournalStore store;
    private final Clock clock;

    public Accounts(JournalStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param account the account made
     * @param journal what became of its journal
     */
    public record Created(Account account, Journal journal) {
    }

    /** An athlete account's journal: the one kept here before any account existed, a new one, or none. */
    public enum Journal {
        /** The first account of a journal kept without accounts takes that journal over, whole. */
        TOOK_OVER_THE_OWN_RUNNERS,
        NEW,
        NONE
    }

    /**
     * Makes an account. An athlete account gets a journal: the own runner's (the one a laptop kept
     * before anyone signed in) when this is the first account of all, or when {@code claimOwnJournal}
     * asks for it and nobody owns it yet; otherwise a new, empty one. An e-mail address already taken
     * is refused.
     */
    public Created create(String email, String passwordHash, Set<Role> roles, boolean claimOwnJournal) {
        return store.write(j -> {
            boolean first = j.accounts().count() == 0;
            Account account = j.accounts().add(email, passwordHash, roles, clock.instant());
            if (!account.is(Role.ATHLETE)) {
                return new Created(account, Journal.NONE);
            }
            if ((first || claimOwnJournal) && j.athletes().adoptOwnRunner(account.id())) {
                return new Created(account, Journal.TOOK_OVER_THE_OWN_RUNNERS);
            }
            j.athletes().addFor(account.id(), clock.instant());
            return new Created(account, Journal.NEW);
        });
    }

    /**
     * Deletes the account and everything that is theirs: their journal (profile, check-ins,
     * sessions, activities and notes), their squads, sessions and tokens, and the notes they wrote.
     * False when there was no such account.
     */
    public boolean delete(long accountId) {
        return store.write(j -> j.accounts().delete(accountId));
    }

    public java.util.List<Account> all() {
        return store.read(j -> j.accounts().all());
    }

    public java.util.Optional<Account> find(String email) {
        return store.read(j -> j.accounts().find(email));
    }

    public boolean anyExist() {
        return store.read(j -> j.accounts().count() > 0);
    }
}
