package org.restwise.app.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import org.restwise.app.access.AthleteJournal;
import org.restwise.app.access.Journals;
import org.restwise.app.journal.BodyTimeline;
import org.restwise.app.json.BodyTimelineJson;
import org.restwise.app.json.InputFieldException;
import org.restwise.app.json.Json;
import org.restwise.core.access.AthleteId;
import org.restwise.core.units.Measures;

/**
 * The Body page ({@code GET /body}) and its API: the runner's own ({@code GET /api/body}) and, for a
 * coach whose squad the athlete is in, the athlete's ({@code GET /api/athletes/{id}/body}). Reading
 * only: readings come in with a check-in or an upload.
 */
final class BodyPage {

    /** Twelve weeks: enough to see a 60-day normal move, short enough for a phone. */
    static final int PAGE_DAYS = 84;
    static final int DEFAULT_API_DAYS = 28;

    private final Journals journals;
    private final Clock clock;
    private final Pages pages;

    BodyPage(Journals journals, Clock clock, Pages pages) {
        this.journals = journals;
        this.clock = clock;
        this.pages = pages;
    }

    void show(Context ctx) {
        BodyTimeline.Timeline timeline = BodyTimeline.of(Asking.ownJournal(journals, ctx), LocalDate.now(clock), PAGE_DAYS);
        pages.render(ctx, "body.jte", BodyView.of("Your", true, timeline, chartJson(timeline)));
    }

    /** The charts' numbers, safe inside a script element whatever a string in them held. */
    static String chartJson(BodyTimeline.Timeline timeline) {
        var json = BodyTimelineJson.write(timeline);
        json.remove("today");
        // The API keeps centimetres; the page's jump chart is drawn in the runner's units.
        json.put("jumpUnit", timeline.units() == Measures.IMPERIAL ? "in" : "cm");
        return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** {@code GET /athletes/{id}/body}: an athlete's Body page, for their coach (and for themselves). */
    void athlete(Context ctx) {
        AthleteId athlete = SquadPages.athleteId(ctx, "id");
        AthleteJournal journal = journals.of(Asking.who(ctx), athlete);
        String name = journal.read(j -> j.profile().find().flatMap(p -> p.name())).orElse("Athlete " + athlete.value());
        BodyTimeline.Timeline timeline = BodyTimeline.of(journal, LocalDate.now(clock), PAGE_DAYS);
        pages.render(ctx, "body.jte", BodyView.of(journal.isOwn() ? "Your" : name + "'s", journal.isOwn(), timeline, chartJson(timeline)));
    }

    void ownApi(Context ctx) {
        answer(ctx, Asking.ownJournal(journals, ctx));
    }

    void athleteApi(Context ctx) {
        AthleteId athlete = SquadPages.athleteId(ctx, "id");
        answer(ctx, journals.of(Asking.who(ctx), athlete));
    }

    private void answer(Context ctx, AthleteJournal journal) {
        int days = days(ctx);
        ctx.contentType("application/json");
        ctx.result(Json.pretty(BodyTimelineJson.write(BodyTimeline.of(journal, LocalDate.now(clock), days))));
    }

    private static int days(Context ctx) {
        String text = ctx.queryParam("days");
        if (text == null || text.isBlank()) {
            return DEFAULT_API_DAYS;
        }
        try {
            int days = Integer.parseInt(text.strip());
            if (days < 1 || days > BodyTimeline.MAX_DAYS) {
                throw new InputFieldException("days", "must be between 1 and " + BodyTimeline.MAX_DAYS + ", got " + days);
            }
            return days;
        } catch (NumberFormatException e) {
            throw new InputFieldException("days", "must be a whole number, got \"" + text + "\"");
        }
    }
}
