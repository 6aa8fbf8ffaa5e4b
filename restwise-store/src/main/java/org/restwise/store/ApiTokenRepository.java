package org.restwise.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Personal API tokens, stored as SHA-256 hashes; the token itself is shown once, when made. */
public final class ApiTokenRepository {

    /** A token as listed to its owner: never its value. */
    public record StoredToken(long id, long accountId, String name, Instant createdAt,
            Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {

        public boolean active() {
            return revokedAt.isEmpty();
        }
    }

    private final Handle handle;

    ApiTokenRepository(Handle handle) {
        this.handle = handle;
    }

    public long add(long accountId, String name, String tokenHash, Instant now) {
        return handle.createQuery("INSERT INTO api_token (account_id, name, token_hash, created_at)"
                        + " VALUES (:account, :name, :hash, :now) RETURNING id")
                .bind("account", accountId).bind("name", name).bind("hash", tokenHash).bind("now", now.toEpochMilli())
                .mapTo(Long.class).one();
    }

    /** The active token with this hash, marked as used now. */
    /** The token with this hash, unless it was revoked. */
    public Optional<StoredToken> active(String tokenHash) {
        return handle.createQuery("SELECT * FROM api_token WHERE token_hash = :hash AND revoked_at IS NULL")
                .bind("hash", tokenHash).map((rs, ctx) -> row(rs)).findOne();
    }

    /** Notes when the token was last used, for its owner's list. */
    public void markUsed(long id, Instant now) {
        handle.createUpdate("UPDATE api_token SET last_used_at = :now WHERE id = :id")
                .bind("now", now.toEpochMilli()).bind("id", id).execute();
    }

    public List<StoredToken> of(long accountId) {
        return handle.createQuery("SELECT * FROM api_token WHERE account_id = :account ORDER BY id")
                .bind("account", accountId).map((rs, ctx) -> row(rs)).list();
    }

    /** Revokes a token of this account; false when it has none by that id. */
    public boolean revoke(long accountId, long id, Instant now) {
        return handle.createUpdate("UPDATE api_token SET revoked_at = :now WHERE id = :id AND account_id = :account"
                        + " AND revoked_at IS NULL")
                .bind("now", now.toEpochMilli()).bind("id", id).bind("account", accountId).execute() == 1;
    }

    private static StoredToken row(java.sql.ResultSet rs) throws java.sql.SQLException {
        long lastUsed = rs.getLong("last_used_at");
        Optional<Instant> used = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(lastUsed));
        long revoked = rs.getLong("revoked_at");
        Optional<Instant> gone = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(revoked));
        return new StoredToken(rs.getLong("id"), rs.getLong("account_id"), rs.getString("name"),
                Instant.ofEpochMilli(rs.getLong("created_at")), used, gone);
    }
}
