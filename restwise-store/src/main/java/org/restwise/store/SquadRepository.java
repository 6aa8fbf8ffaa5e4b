package org.restwise.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.restwise.core.access.AthleteId;
import org.restwise.core.access.Invitation;
import org.restwise.core.access.Squad;
import org.restwise.core.access.SquadMembership;

/** Coaches' squads, who joined them, and the invitations that let them join. */
public final class SquadRepository {

    private final Handle handle;

    SquadRepository(Handle handle) {
        this.handle = handle;
    }

    public Squad create(long coachAccountId, String name, Instant now) {
        String checked = Squad.checkedName(name);
        long id = handle.createQuery("INSERT INTO squad (coach_account_id, name, created_at) VALUES (:coach, :name, :now) RETURNING id")
                .bind("coach", coachAccountId)
                .bind("name", checked)
                .bind("now", now.toEpochMilli())
                .mapTo(Long.class)
                .one();
        return new Squad(id, coachAccountId, checked, now);
    }

    public Optional<Squad> find(long id) {
        return handle.createQuery("SELECT * FROM squad WHERE id = :id").bind("id", id).map(SquadRepository::squad).findOne();
    }

    public List<Squad> ofCoach(long coachAccountId) {
        return handle.createQuery("SELECT * FROM squad WHERE coach_account_id = :coach ORDER BY id")
                .bind("coach", coachAccountId).map(SquadRepository::squad).list();
    }

    /** The squads the athlete belongs to, with their coaches: who can read the athlete's journal. */
    public List<SquadMembership> ofAthlete(AthleteId athlete) {
        return handle.createQuery("SELECT s.*, a.email AS coach_email, m.joined_at FROM squad_member m"
                        + " JOIN squad s ON s.id = m.squad_id JOIN account a ON a.id = s.coach_account_id"
                        + " WHERE m.athlete_id = :athlete ORDER BY s.id")
                .bind("athlete", athlete.value())
                .map((rs, ctx) -> new SquadMembership(squad(rs, ctx), rs.getString("coach_email"),
                        Instant.ofEpochMilli(rs.getLong("joined_at"))))
                .list();
    }

    public List<AthleteId> members(long squadId) {
        return handle.createQuery("SELECT athlete_id FROM squad_member WHERE squad_id = :squad ORDER BY athlete_id")
                .bind("squad", squadId).mapTo(Long.class).map(AthleteId::new).list();
    }

    /** True when the coach has the athlete in one of their squads. */
    public boolean coaches(long coachAccountId, AthleteId athlete) {
        return handle.createQuery("SELECT COUNT(*) FROM squad_member m JOIN squad s ON s.id = m.squad_id"
                        + " WHERE s.coach_account_id = :coach AND m.athlete_id = :athlete")
                .bind("coach", coachAccountId)
                .bind("athlete", athlete.value())
                .mapTo(Integer.class).one() > 0;
    }

    /** What the squad's morning page reads of its members. */
    public SquadReadings readings(long squadId) {
        return new SquadReadings(handle, squadId);
    }

    /** Adds the athlete to the squad; nothing changes when they are in it already. */
    public void join(long squadId, AthleteId athlete, Instant now) {
        handle.createUpdate("INSERT INTO squad_member (squad_id, athlete_id, joined_at) VALUES (:squad, :athlete, :now)"
                        + " ON CONFLICT (squad_id, athlete_id) DO NOTHING")
                .bind("squad", squadId)
                .bind("athlete", athlete.value())
                .bind("now", now.toEpochMilli())
                .execute();
    }

    /** Takes the athlete out of the squad; false when they were not in it. */
    public boolean leave(long squadId, AthleteId athlete) {
        return handle.createUpdate("DELETE FROM squad_member WHERE squad_id = :squad AND athlete_id = :athlete")
                .bind("squad", squadId).bind("athlete", athlete.value()).execute() == 1;
    }

    /** Stores an invitation by the hash of its code (the code itself is only ever shown). */
    public long invite(long squadId, String codeHash, Instant now, Instant expiresAt) {
        return handle.createQuery("INSERT INTO invitation (squad_id, code_hash, created_at, expires_at)"
                        + " VALUES (:squad, :hash, :now, :expires) RETURNING id")
                .bind("squad", squadId)
                .bind("hash", codeHash)
                .bind("now", now.toEpochMilli())
                .bind("expires", expiresAt.toEpochMilli())
                .mapTo(Long.class).one();
    }

    public Optional<Invitation> invitation(String codeHash) {
        return handle.createQuery("SELECT * FROM invitation WHERE code_hash = :hash")
                .bind("hash", codeHash)
                .map((rs, ctx) -> new Invitation(rs.getLong("id"), rs.getLong("squad_id"),
                        Instant.ofEpochMilli(rs.getLong("expires_at")),
                        Columns.optionalLong(rs, "accepted_at").map(Instant::ofEpochMilli)))
                .findOne();
    }

    /**
     * Uses the invitation up, in one statement so that two people opening the same link at once
     * cannot both use it. False when it was used already or has expired.
     */
    public boolean accept(long invitationId, long accountId, Instant now) {
        return handle.createUpdate("UPDATE invitation SET accepted_at = :now, accepted_by = :account"
                        + " WHERE id = :id AND accepted_at IS NULL AND expires_at > :now")
                .bind("now", now.toEpochMilli())
                .bind("account", accountId)
                .bind("id", invitationId)
                .execute() == 1;
    }

    private static Squad squad(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Squad(rs.getLong("id"), rs.getLong("coach_account_id"), rs.getString("name"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
