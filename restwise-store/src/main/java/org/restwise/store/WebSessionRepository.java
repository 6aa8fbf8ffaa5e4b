package org.restwise.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Browser sessions, kept in the journal's database so that every {@code serve} process on it
 * shares them. Only the SHA-256 of a session id is stored: a copy of the database opens no session.
 */
public final class WebSessionRepository {

    /** A stored session: whose it is, its CSRF token, and its two clocks. */
    public record StoredSession(long accountId, String csrfToken, Instant createdAt, Instant lastSeenAt) {
    }

    private final Handle handle;

    WebSessionRepository(Handle handle) {
        this.handle = handle;
    }

    public void add(String idHash, long accountId, String csrfToken, Instant now) {
        handle.createUpdate("INSERT INTO web_session (id_hash, account_id, csrf_token, created_at, last_seen_at)"
                        + " VALUES (:id, :account, :csrf, :now, :now)")
                .bind("id", idHash).bind("account", accountId).bind("csrf", csrfToken).bind("now", now.toEpochMilli())
                .execute();
    }

    public Optional<StoredSession> find(String idHash) {
        return handle.createQuery("SELECT * FROM web_session WHERE id_hash = :id").bind("id", idHash)
                .map((rs, ctx) -> new StoredSession(rs.getLong("account_id"), rs.getString("csrf_token"),
                        Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("last_seen_at"))))
                .findOne();
    }

    public void touch(String idHash, Instant now) {
        handle.createUpdate("UPDATE web_session SET last_seen_at = :now WHERE id_hash = :id")
                .bind("now", now.toEpochMilli()).bind("id", idHash).execute();
    }

    public void delete(String idHash) {
        handle.createUpdate("DELETE FROM web_session WHERE id_hash = :id").bind("id", idHash).execute();
    }

    /** "Log out everywhere": every session of the account. */
    public int deleteAllOf(long accountId) {
        return handle.createUpdate("DELETE FROM web_session WHERE account_id = :account").bind("account", accountId).execute();
    }

    /** Sessions idle since {@code idleSince} or created before {@code createdBefore}. */
    public int deleteExpired(Instant idleSince, Instant createdBefore) {
        return handle.createUpdate("DELETE FROM web_session WHERE last_seen_at < :idle OR created_at < :created")
                .bind("idle", idleSince.toEpochMilli()).bind("created", createdBefore.toEpochMilli()).execute();
    }
}
