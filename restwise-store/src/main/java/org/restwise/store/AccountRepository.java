package org.restwise.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.restwise.core.access.Account;
import org.restwise.core.access.Role;

/** The people who may sign in to this journal's server. */
public final class AccountRepository {

    private final Handle handle;

    AccountRepository(Handle handle) {
        this.handle = handle;
    }

    /** Adds an account and returns it with its id; an e-mail address already taken is refused. */
    public Account add(String email, String passwordHash, Set<Role> roles, Instant now) {
        String normal = Account.normalisedEmail(email);
        if (find(normal).isPresent()) {
            throw new IllegalArgumentException("email " + normal + " already has an account");
        }
        long id = handle.createQuery("INSERT INTO account (email, password_hash, is_admin, is_coach, is_athlete, created_at)"
                        + " VALUES (:email, :hash, :admin, :coach, :athlete, :now) RETURNING id")
                .bind("email", normal)
                .bind("hash", passwordHash)
                .bind("admin", roles.contains(Role.ADMIN))
                .bind("coach", roles.contains(Role.COACH))
                .bind("athlete", roles.contains(Role.ATHLETE))
                .bind("now", now.toEpochMilli())
                .mapTo(Long.class)
                .one();
        return new Account(id, normal, passwordHash, roles, now);
    }

    public Optional<Account> find(String email) {
        return handle.createQuery("SELECT * FROM account WHERE email = :email")
                .bind("email", email.strip().toLowerCase(java.util.Locale.ROOT))
                .map(AccountRepository::row).findOne();
    }

    public Optional<Account> find(long id) {
        return handle.createQuery("SELECT * FROM account WHERE id = :id").bind("id", id)
                .map(AccountRepository::row).findOne();
    }

    public List<Account> all() {
        return handle.createQuery("SELECT * FROM account ORDER BY id").map(AccountRepository::row).list();
    }

    public int count() {
        return handle.createQuery("SELECT COUNT(*) FROM account").mapTo(Integer.class).one();
    }

    public boolean anyAdmin() {
        return handle.createQuery("SELECT COUNT(*) FROM account WHERE is_admin = :yes").bind("yes", true)
                .mapTo(Integer.class).one() > 0;
    }

    /**
     * Deletes the account and, by the database's cascades, everything that is theirs: their
     * athlete's journal (profile, check-ins, sessions, activities, notes), their squads, sessions,
     * tokens and the notes they wrote. False when there was no such account.
     */
    public boolean delete(long id) {
        return handle.createUpdate("DELETE FROM account WHERE id = :id").bind("id", id).execute() == 1;
    }

    public void changePassword(long id, String passwordHash) {
        handle.createUpdate("UPDATE account SET password_hash = :hash WHERE id = :id")
                .bind("hash", passwordHash).bind("id", id).execute();
    }

    private static Account row(ResultSet rs, StatementContext ctx) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (rs.getBoolean("is_admin")) {
            roles.add(Role.ADMIN);
        }
        if (rs.getBoolean("is_coach")) {
            roles.add(Role.COACH);
        }
        if (rs.getBoolean("is_athlete")) {
            roles.add(Role.ATHLETE);
        }
        return new Account(rs.getLong("id"), rs.getString("email"), rs.getString("password_hash"), roles,
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
