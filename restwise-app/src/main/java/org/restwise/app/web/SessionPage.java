package org.restwise.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.restwise.app.access.AccessRefused;
import org.restwise.app.access.AthleteJournal;
import org.restwise.app.access.Journals;
import org.restwise.app.journal.SessionCorrection;
import org.restwise.app.json.InputFieldException;
import org.restwise.app.json.PlausibleDates;
import org.restwise.app.json.SessionJson;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.core.journal.SessionEntry;

/**
 * One logged session, to correct or delete from a phone: its type (a guess from an imported file
 * may be wrong), its effort, its figures. A correction replaces what the import guessed, and the
 * guess's reason goes with it.
 */
public final class SessionPage {

    /** The page's model. */
    public record SessionView(long id, Form form, String distanceUnit, String elevationUnit, boolean imported,
            Optional<String> saved) {
    }

    private final Journals journals;
    private final Clock clock;
    private final Pages pages;

    SessionPage(Journals journals, Clock clock, Pages pages) {
        this.journals = journals;
        this.clock = clock;
        this.pages = pages;
    }

    void show(Context ctx) {
        AthleteJournal journal = Asking.ownJournal(journals, ctx);
        long id = id(ctx);
        SessionEntry entry = journal.read(j -> j.sessions().find(id)).orElseThrow(() -> AccessRefused.notFound("session " + id));
        boolean imperial = imperial(journal);
        render(ctx, journal, id, Form.of(SessionForm.values(entry.session(), imperial)),
                Optional.ofNullable(ctx.queryParam("saved")).map(s -> "Saved."));
    }

    void save(Context ctx) {
        AthleteJournal journal = Asking.ownJournal(journals, ctx);
        long id = id(ctx);
        SessionEntry before = journal.read(j -> j.sessions().find(id)).orElseThrow(() -> AccessRefused.notFound("session " + id));
        Form form = Form.of(Form.read(ctx.formParamMap(), SessionForm.FIELDS));
        try {
            Form.requireOnce(ctx.formParamMap(), SessionForm.FIELDS);
            LoggedSession session = SessionJson.fromTree(SessionForm.toJson(form.values(), imperial(journal)), "");
            PlausibleDates.check("date", session.date(), LocalDate.now(clock));
            journal.write(j -> SessionCorrection.correct(j, id, session, type -> JournalPage.typeLabel(type).toLowerCase(Locale.ROOT)));
            ctx.redirect("/sessions/" + id + "?saved", HttpStatus.SEE_OTHER);
        } catch (InputFieldException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, journal, id, form.refused(e, SessionForm.FIELDS), Optional.empty());
        }
    }

    void delete(Context ctx) {
        AthleteJournal journal = Asking.ownJournal(journals, ctx);
        long id = id(ctx);
        if (!journal.write(j -> j.sessions().delete(id))) {
            throw AccessRefused.notFound("session " + id);
        }
        ctx.redirect("/journal?deleted=session#sessions", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, AthleteJournal journal, long id, Form form, Optional<String> saved) {
        boolean imperial = imperial(journal);
        boolean imported = journal.read(j -> j.activities().forSession(id)).isPresent();
        pages.render(ctx, "session.jte", new SessionView(id, form, imperial ? "mi" : "km", imperial ? "ft" : "m",
                imported, saved));
    }

    private static boolean imperial(AthleteJournal journal) {
        return journal.read(j -> j.profile().find()).orElse(RunnerProfile.EMPTY).units() == RunnerProfile.Units.IMPERIAL;
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw AccessRefused.notFound("session " + ctx.pathParam("id"));
        }
    }
}
