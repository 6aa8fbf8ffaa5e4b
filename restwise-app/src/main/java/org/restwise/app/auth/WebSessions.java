package org.restwise.app.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.restwise.core.access.Account;
import org.restwise.store.JournalStore;
import org.restwise.store.WebSessionRepository.StoredSession;

/**
 * Server-side browser sessions in the journal's database, so every {@code serve} process on it
 * shares them. A session ends after {@link #IDLE} without use or {@link #ABSOLUTE} after sign-in,
 * whichever comes first; a new id is issued at every sign-in.
 */
public final class WebSessions {

    public static final Duration IDLE = Duration.ofHours(12);
    public static final Duration ABSOLUTE = Duration.ofDays(7);
    /** Last-seen is written at most this often, not on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** A live session: who, and the token its forms must carry. */
    public record Live(Account account, String csrfToken) {
    }

    private final JournalStore store;
    private final Clock clock;

    public WebSessions(JournalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Starts a session for {@code account}, ending {@code previous} (the id is rotated); returns the new cookie value. */
    public String start(Account account, Optional<String> previous) {
        String id = SecretTokens.fresh();
        Instant now = clock.instant();
        store.write(j -> {
            previous.ifPresent(old -> j.webSessions().delete(SecretTokens.sha256(old)));
            j.webSessions().deleteExpired(now.minus(IDLE), now.minus(ABSOLUTE));
            j.webSessions().add(SecretTokens.sha256(id), account.id(), SecretTokens.fresh(), now);
            return null;
        });
        return id;
    }

    public Optional<Live> resolve(String cookie) {
        if (cookie == null || cookie.isBlank()) {
            return Optional.empty();
        }
        String idHash = SecretTokens.sha256(cookie);
        Instant now = clock.instant();
        Optional<StoredSession> found = store.read(j -> j.webSessions().find(idHash));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredSession session = found.get();
        if (session.lastSeenAt().isBefore(now.minus(IDLE)) || session.createdAt().isBefore(now.minus(ABSOLUTE))) {
            end(cookie);
            return Optional.empty();
        }
        if (session.lastSeenAt().isBefore(now.minus(TOUCH_EVERY))) {
            store.write(j -> {
                j.webSessions().touch(idHash, now);
                return null;
            });
        }
        return store.read(j -> j.accounts().find(session.accountId())).map(a -> new Live(a, session.csrfToken()));
    }

    public void end(String cookie) {
        store.write(j -> {
            j.webSessions().delete(SecretTokens.sha256(cookie));
            return null;
        });
    }

    /** Ends every session of the account, on every device. */
    public int endAll(long accountId) {
        return store.write(j -> j.webSessions().deleteAllOf(accountId));
    }
}
