package org.restwise.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.restwise.app.access.AccessRefused;
import org.restwise.app.access.AthleteJournal;
import org.restwise.app.access.Journals;
import org.restwise.app.json.AdviceJson;
import org.restwise.core.journal.SavedCheckIn;

/** A past day of the journal: the decision it got, as its card showed it, and deleting a mistaken check-in. */
public final class DayPage {

    /** The page's model; {@code card} is empty for a day without a check-in. */
    public record DayView(String date, String title, Optional<AdviceView> card, String checkInJson,
                          java.util.List<org.restwise.app.json.BodyJson.Reading> body) {
    }

    private final Journals journals;
    private final Clock clock;
    private final Pages pages;

    DayPage(Journals journals, Clock clock, Pages pages) {
        this.journals = journals;
        this.clock = clock;
        this.pages = pages;
    }

    void show(Context ctx) {
        LocalDate day = day(ctx);
        if (day.equals(LocalDate.now(clock))) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        AthleteJournal journal = Asking.ownJournal(journals, ctx);
        Optional<SavedCheckIn> stored = journal.read(j -> j.checkIns().onDate(day));
        Optional<AdviceView> card = stored.map(s -> new AdviceView(AdviceJson.read(s.adviceJson()),
                s.entry().checkIn().signals().tenMinuteTest()));
        pages.render(ctx, "day.jte", new DayView(day.toString(),
                DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH).format(day), card, "{}",
                stored.map(s -> org.restwise.app.json.BodyJson.fromOutput(AdviceJson.tree(s.adviceJson()))).orElse(java.util.List.of())));
    }

    void delete(Context ctx) {
        delete(ctx, day(ctx));
    }

    /** Today's check-in deleted from the Today page, which has no date in its path. */
    void deleteToday(Context ctx) {
        delete(ctx, LocalDate.now(clock));
    }

    private void delete(Context ctx, LocalDate day) {
        if (!Asking.ownJournal(journals, ctx).write(j -> j.checkIns().delete(day))) {
            throw AccessRefused.notFound("check-in of " + day);
        }
        ctx.redirect("/journal?deleted=check-in", HttpStatus.SEE_OTHER);
    }

    private static LocalDate day(Context ctx) {
        try {
            return LocalDate.parse(ctx.pathParam("date"));
        } catch (java.time.format.DateTimeParseException e) {
            throw AccessRefused.notFound("day " + ctx.pathParam("date"));
        }
    }
}
