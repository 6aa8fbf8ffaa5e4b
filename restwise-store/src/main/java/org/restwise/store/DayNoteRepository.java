package org.restwise.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.restwise.core.access.AthleteId;
import org.restwise.core.journal.DayNote;

/** Notes on an athlete's days: a coach's, and the athlete's replies. */
public final class DayNoteRepository {

    private static final String SELECT = "SELECT n.id, n.note_date, n.author_account_id, a.email, n.body, n.created_at"
            + " FROM day_note n JOIN account a ON a.id = n.author_account_id WHERE n.athlete_id = :athlete";

    private final Handle handle;
    private final AthleteId athlete;

    DayNoteRepository(Handle handle, AthleteId athlete) {
        this.handle = handle;
        this.athlete = athlete;
    }

    public long add(LocalDate date, long authorAccountId, String body, Instant now) {
        return handle.createQuery("INSERT INTO day_note (athlete_id, note_date, author_account_id, body, created_at)"
                        + " VALUES (:athlete, :date, :author, :body, :now) RETURNING id")
                .bind("athlete", athlete.value())
                .bind("date", date.toString())
                .bind("author", authorAccountId)
                .bind("body", DayNote.checkedBody(body))
                .bind("now", now.toEpochMilli())
                .mapTo(Long.class)
                .one();
    }

    /** Notes on days from {@code first} to {@code last} inclusive, oldest first. */
    public List<DayNote> between(LocalDate first, LocalDate last) {
        return handle.createQuery(SELECT + " AND n.note_date >= :first AND n.note_date <= :last ORDER BY n.note_date, n.id")
                .bind("athlete", athlete.value())
                .bind("first", first.toString())
                .bind("last", last.toString())
                .map(DayNoteRepository::row)
                .list();
    }

    public List<DayNote> all() {
        return handle.createQuery(SELECT + " ORDER BY n.note_date, n.id")
                .bind("athlete", athlete.value())
                .map(DayNoteRepository::row)
                .list();
    }

    private static DayNote row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new DayNote(rs.getLong(1), LocalDate.parse(rs.getString(2)), rs.getLong(3), rs.getString(4),
                rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)));
    }
}
