package org.restwise.app.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.restwise.core.access.Account;
import org.restwise.store.ApiTokenRepository.StoredToken;
import org.restwise.store.JournalStore;

/** Personal API tokens for scripts ({@code Authorization: Bearer …}): shown once, stored hashed, revocable. */
public final class ApiTokens {

    /** Tokens start with this, so a leaked one is recognisable in logs and secret scanners. */
    public static final String PREFIX = "rw_";
    public static final int NAME_MAX_CHARS = 80;
    /** How finely a token's last use is kept: enough to tell a forgotten token from one in use. */
    public static final Duration LAST_USED_GRAIN = Duration.ofMinutes(1);

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

    /**
     * The account of a token that was not revoked. When it was last used is noted at most once per
     * {@link #LAST_USED_GRAIN}: a script calling many times a second would otherwise make every read a
     * write, which on SQLite takes the journal's one write lane and on PostgreSQL flushes the log.
     */
    public Optional<Account> resolve(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<StoredToken> found = store.read(j -> j.apiTokens().active(SecretTokens.sha256(token)));
        found.filter(t -> t.lastUsedAt().map(used -> used.isBefore(now.minus(LAST_USED_GRAIN))).orElse(true))
                .ifPresent(t -> store.write(j -> {
                    j.apiTokens().markUsed(t.id(), now);
                    return null;
                }));
        return found.flatMap(t -> store.read(j -> j.accounts().find(t.accountId())));
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
