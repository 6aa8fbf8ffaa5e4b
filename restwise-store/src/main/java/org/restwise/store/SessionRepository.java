package org.restwise.store;

import org.restwise.core.journal.SessionEntry;
import static org.restwise.store.Columns.optionalBoolean;
import static org.restwise.store.Columns.optionalDouble;
import static org.restwise.store.Columns.optionalInt;
import static org.restwise.store.Columns.optionalText;
import static org.restwise.store.Columns.orNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.restwise.core.access.AthleteId;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.restwise.core.activity.SessionType;
import org.restwise.core.advice.Modality;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RecoveryBlock;

/** An athlete's logged training and recovery sessions. */
public final class SessionRepository {

    static final String COLUMNS = "session_date, start_time, session_type, minutes, rpe, distance_km,"
            + " ascent_m, descent_m, recovery_modality, loosened_within_ten_minutes, left_flatter, medium_work_reason";
    // Date, then start (a session without one first on its day), then id: the order a runner reads.
    private static final String ORDER = " ORDER BY session_date, start_time IS NOT NULL, start_time, id";

    private final Handle handle;
    private final AthleteId athlete;

    SessionRepository(Handle handle, AthleteId athlete) {
        this.handle = handle;
        this.athlete = athlete;
    }

    public long add(LoggedSession session) {
        return bindAll(handle.createUpdate("INSERT INTO session (athlete_id, " + COLUMNS + ") VALUES (:athlete, :session_date, :start_time,"
                        + " :session_type, :minutes, :rpe, :distance_km, :ascent_m, :descent_m, :recovery_modality,"
                        + " :loosened_within_ten_minutes, :left_flatter, :medium_work_reason)"), session)
                .bind("athlete", athlete.value())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /** Replaces the session with this id; false when there is none. */
    public boolean replace(long id, LoggedSession session) {
        return bindAll(handle.createUpdate("UPDATE session SET session_date = :session_date, start_time = :start_time,"
                        + " session_type = :session_type, minutes = :minutes, rpe = :rpe, distance_km = :distance_km,"
                        + " ascent_m = :ascent_m, descent_m = :descent_m, recovery_modality = :recovery_modality,"
                        + " loosened_within_ten_minutes = :loosened_within_ten_minutes, left_flatter = :left_flatter,"
                        + " medium_work_reason = :medium_work_reason WHERE id = :id AND athlete_id = :athlete"), session)
                .bind("id", id)
                .bind("athlete", athlete.value())
                .execute() == 1;
    }

    public boolean delete(long id) {
        return handle.createUpdate("DELETE FROM session WHERE id = :id AND athlete_id = :athlete")
                .bind("id", id).bind("athlete", athlete.value()).execute() == 1;
    }

    public Optional<SessionEntry> find(long id) {
        return handle.createQuery("SELECT id, " + COLUMNS + " FROM session WHERE id = :id AND athlete_id = :athlete")
                .bind("id", id)
                .bind("athlete", athlete.value())
                .map(SessionRepository::row)
                .findOne();
    }

    /** Sessions dated from {@code first} to {@code last} inclusive, in the order they happened. */
    public List<SessionEntry> between(LocalDate first, LocalDate last) {
        return handle.createQuery("SELECT id, " + COLUMNS + " FROM session"
                        + " WHERE athlete_id = :athlete AND session_date >= :first AND session_date <= :last" + ORDER)
                .bind("athlete", athlete.value())
                .bind("first", first.toString())
                .bind("last", last.toString())
                .map(SessionRepository::row)
                .list();
    }

    public List<SessionEntry> all() {
        return handle.createQuery("SELECT id, " + COLUMNS + " FROM session WHERE athlete_id = :athlete" + ORDER)
                .bind("athlete", athlete.value())
                .map(SessionRepository::row)
                .list();
    }

    public int count() {
        return handle.createQuery("SELECT COUNT(*) FROM session WHERE athlete_id = :athlete")
                .bind("athlete", athlete.value()).mapTo(Integer.class).one();
    }

    private static <S extends SqlStatement<S>> S bindAll(S statement, LoggedSession s) {
        Optional<RecoveryBlock> recovery = s.recovery();
        return statement
                .bind("session_date", s.date().toString())
                .bind("start_time", s.start().map(LocalDateTime::toString).orElse(null))
                .bind("session_type", s.typeName())
                .bind("minutes", s.minutes())
                .bindByType("rpe", orNull(s.rpe()), Integer.class)
                .bindByType("distance_km", orNull(s.distanceKm()), Double.class)
                .bindByType("ascent_m", orNull(s.ascentM()), Double.class)
                .bindByType("descent_m", orNull(s.descentM()), Double.class)
                .bind("recovery_modality", recovery.map(r -> r.modality().name()).orElse(null))
                .bindByType("loosened_within_ten_minutes",
                        recovery.flatMap(RecoveryBlock::loosenedWithinTenMinutes).orElse(null), Boolean.class)
                .bindByType("left_flatter", recovery.flatMap(RecoveryBlock::leftFlatter).orElse(null), Boolean.class)
                .bind("medium_work_reason", recovery.flatMap(RecoveryBlock::mediumWork).orElse(null));
    }

    static SessionEntry row(ResultSet rs, StatementContext ctx) throws SQLException {
        String type = rs.getString("session_type");
        String modality = rs.getString("recovery_modality");
        Optional<RecoveryBlock> recovery = modality == null ? Optional.empty()
                : Optional.of(new RecoveryBlock(Modality.valueOf(modality),
                        optionalBoolean(rs, "loosened_within_ten_minutes"), optionalBoolean(rs, "left_flatter"),
                        optionalText(rs, "medium_work_reason")));
        LoggedSession session = new LoggedSession(
                LocalDate.parse(rs.getString("session_date")),
                Optional.ofNullable(rs.getString("start_time")).map(LocalDateTime::parse),
                LoggedSession.RECOVERY.equals(type) ? Optional.empty() : Optional.of(SessionType.valueOf(type)),
                rs.getInt("minutes"),
                optionalInt(rs, "rpe"),
                optionalDouble(rs, "distance_km"),
                optionalDouble(rs, "ascent_m"),
                optionalDouble(rs, "descent_m"),
                recovery);
        return new SessionEntry(rs.getLong("id"), session);
    }
}
