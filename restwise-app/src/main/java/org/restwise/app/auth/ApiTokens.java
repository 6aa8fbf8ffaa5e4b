package org.restwise.app.auth;

import java.time.Clock;
import java.util.Optional;
import org.restwise.core.access.Account;
import org.restwise.store.JournalStore;

/** Personal API tokens for scripts ({@code Authorization: Bearer …}): shown once, stored hashed, revocable. */
public final class ApiTokens {

    /** Tokens start with this, so a leaked one is recognisable in logs and secret scanners. */
    public static final String PREFIX = "rw_";
    public static final int NAME_MAX_CHARS = 80;

    private final JournalStore store;
    private final Clock clock;

    public ApiTokens(JournalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Makes a token for the account and returns its value, the only time it is ever shown. */
    public String create(Account account, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > NAME_MAX_CHARS || label.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("name must be 1 to " + NAME_MAX_CHARS + " printable characters");
        }
        String token = PREFIX + SecretTokens.fresh();
        store.write(j -> j.apiTokens().add(account.id(), label, SecretTokens.sha256(token), clock.instant()));
        return token;
    }

    public Optional<Account> resolve(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return store.write(j -> j.apiTokens().use(SecretTokens.sha256(token), clock.instant())
                .flatMap(t -> j.accounts().find(t.accountId())));
    }

    /** A token as its owner sees it listed: never its value. */
    public record Listed(long id, String name, java.time.Instant createdAt, boolean active) {
    }

    public java.util.List<Listed> of(Account account) {
        return store.read(j -> j.apiTokens().of(account.id())).stream()
                .map(t -> new Listed(t.id(), t.name(), t.createdAt(), t.active())).toList();
    }

    public boolean revoke(Account account, long id) {
        return store.write(j -> j.apiTokens().revoke(account.id(), id, clock.instant()));
    }
}
