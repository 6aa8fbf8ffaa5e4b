package org.restwise.app.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.restwise.app.access.AccessRefused;
import org.restwise.app.access.AthleteJournal;
import org.restwise.app.access.Journals;
import org.restwise.app.access.Requester;
import org.restwise.app.journal.CheckInRecorder;
import org.restwise.app.json.AdviceJson;
import org.restwise.app.json.InputFieldException;
import org.restwise.app.squad.DayNotes;
import org.restwise.app.squad.MorningRow;
import org.restwise.app.squad.SquadMorning;
import org.restwise.app.squad.Squads;
import org.restwise.core.access.AthleteId;
import org.restwise.core.access.Squad;
import org.restwise.core.access.SquadMember;
import org.restwise.core.journal.DayNote;

/**
 * A coach's pages: their squads, each squad's morning, an invitation link, and an athlete's
 * journal read with notes on its days. Every handler asks the use case, which asks the policy.
 */
public final class SquadPages {

    /** The days of notes and decisions an athlete's page shows. */
    static final int DAYS_SHOWN = 14;

    /** The squads page's model. */
    public record SquadsView(List<Squad> squads, Optional<String> problem) {
    }

    /** An athlete's page, as their coach (or they) read it. */
    public record AthleteView(String name, AthleteId athlete, boolean own, Optional<AdviceView> today,
            Optional<String> todayJson, List<SquadView.Cell> fortnight, List<DayNote> notes, String noteDate,
            Optional<String> problem, List<org.restwise.app.json.BodyJson.Reading> body) {
    }

    private final Squads squads;
    private final SquadMorning morning;
    private final DayNotes notes;
    private final Journals journals;
    private final Clock clock;
    private final Pages pages;
    /**
     * The rows of the mornings shown lately, as markup, by the morning's edition: a morning that is
     * reused is not rendered again (for 200 athletes, 300 kB of escaped text, most of the page's time).
     * The markup holds no form and nothing of the session, so any of the squad's coaches may get it.
     */
    private final Cache<Long, String> renderedRows = Caffeine.newBuilder().maximumSize(SquadMorning.MORNINGS_KEPT).build();

    SquadPages(Squads squads, SquadMorning morning, DayNotes notes, Journals journals, Clock clock, Pages pages) {
        this.squads = squads;
        this.morning = morning;
        this.notes = notes;
        this.journals = journals;
        this.clock = clock;
        this.pages = pages;
    }

    void list(Context ctx) {
        pages.render(ctx, "squads.jte", new SquadsView(squads.coachedBy(Asking.who(ctx)), Optional.empty()));
    }

    void create(Context ctx) {
        Requester who = Asking.who(ctx);
        try {
            Squad squad = squads.create(who, Optional.ofNullable(ctx.formParam("name")).orElse(""));
            ctx.redirect("/squads/" + squad.id(), HttpStatus.SEE_OTHER);
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            pages.render(ctx, "squads.jte", new SquadsView(squads.coachedBy(who), Optional.of(e.getMessage())));
        }
    }

    void show(Context ctx) {
        render(ctx, Optional.empty());
    }

    void invite(Context ctx) {
        render(ctx, Optional.of(squads.invite(Asking.who(ctx), squadId(ctx))));
    }

    void remove(Context ctx) {
        squads.remove(Asking.who(ctx), squadId(ctx), athleteId(ctx, "athlete"));
        ctx.redirect("/squads/" + squadId(ctx), HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Optional<Squads.Invite> invite) {
        Requester who = Asking.who(ctx);
        long squad = squadId(ctx);
        SquadMorning.Morning today = morning.today(who, squad);
        String link = invite.map(i -> origin(ctx) + "/join/" + i.code()).orElse("");
        String markup = renderedRows.get(today.edition(), edition -> pages.fragment("squad_rows.jte", SquadView.lines(today)));
        List<SquadMember> members = today.rows().stream().map(MorningRow::member)
                .sorted(Comparator.comparing(SquadMember::joinedAt).thenComparing(m -> m.athlete().value())).toList();
        pages.render(ctx, "squad.jte", new SquadView(today, members, invite, link, output -> output.writeContent(markup)));
    }

    void athlete(Context ctx) {
        renderAthlete(ctx, athleteId(ctx, "id"), Optional.empty());
    }

    void writeNote(Context ctx) {
        AthleteId athlete = athleteId(ctx, "id");
        try {
            LocalDate day = Optional.ofNullable(ctx.formParam("date")).filter(d -> !d.isBlank())
                    .map(SquadPages::date).orElse(LocalDate.now(clock));
            notes.write(Asking.who(ctx), athlete, day, Optional.ofNullable(ctx.formParam("note")).orElse(""));
            String back = Optional.ofNullable(ctx.formParam("back")).map(AccountPages::safeNext).orElse("/athletes/" + athlete.value());
            ctx.redirect(back, HttpStatus.SEE_OTHER);
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderAthlete(ctx, athlete, Optional.of(e.getMessage()));
        }
    }

    private void renderAthlete(Context ctx, AthleteId athlete, Optional<String> problem) {
        Requester who = Asking.who(ctx);
        AthleteJournal journal = journals.of(who, athlete);
        LocalDate today = LocalDate.now(clock);
        var stored = CheckInRecorder.stored(journal, today);
        Optional<AdviceView> card = stored.map(s -> new AdviceView(AdviceJson.read(s.adviceJson()),
                s.entry().checkIn().signals().tenMinuteTest()));
        String name = journal.read(j -> j.profile().find().flatMap(p -> p.name())).orElse("Athlete " + athlete.value());
        java.util.Map<LocalDate, org.restwise.core.advice.Decision> decisions = new java.util.HashMap<>();
        journal.read(j -> j.checkIns().between(today.minusDays(DAYS_SHOWN - 1L), today))
                .forEach(c -> decisions.put(c.entry().checkIn().date(), c.entry().decision()));
        List<SquadView.Cell> fortnight = today.minusDays(DAYS_SHOWN - 1L).datesUntil(today.plusDays(1))
                .map(day -> SquadView.cell(day, Optional.ofNullable(decisions.get(day)))).toList();
        List<DayNote> recent = notes.between(who, athlete, today.minusDays(DAYS_SHOWN - 1L), today);
        pages.render(ctx, "athlete.jte", new AthleteView(name, athlete, journal.isOwn(), card,
                stored.map(s -> s.adviceJson()), fortnight, recent, today.toString(), problem,
                stored.map(s -> org.restwise.app.json.BodyJson.fromOutput(AdviceJson.tree(s.adviceJson()))).orElse(List.of())));
    }

    /**
     * The notes on the requester's own recent days, for their Today page: nothing when there are
     * none (and never for the login-free own runner, who has no coach).
     */
    void ownNotes(Context ctx) {
        Requester who = Asking.who(ctx);
        if (!(who instanceof Requester.SignedIn)) {
            ctx.html("");
            return;
        }
        Optional<AthleteJournal> ownIfAny = journals.ownIfAny(who);
        if (ownIfAny.isEmpty()) {
            ctx.html("");
            return;
        }
        AthleteJournal own = ownIfAny.get();
        LocalDate today = LocalDate.now(clock);
        List<DayNote> recent = notes.between(who, own.athlete(), today.minusDays(DAYS_SHOWN - 1L), today);
        if (recent.isEmpty()) {
            ctx.html("");
            return;
        }
        pages.render(ctx, "notes.jte", new NotesView(own.athlete().value(), today.toString(), recent));
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InputFieldException("date", "must be a date as YYYY-MM-DD, got \"" + text + "\"");
        }
    }

    private static long squadId(Context ctx) {
        return idParam(ctx, "id", "squad");
    }

    static AthleteId athleteId(Context ctx, String param) {
        long id = idParam(ctx, param, "athlete");
        if (id <= 0) {
            throw AccessRefused.notFound("athlete " + id);
        }
        return new AthleteId(id);
    }

    private static long idParam(Context ctx, String param, String what) {
        try {
            return Long.parseLong(ctx.pathParam(param));
        } catch (NumberFormatException e) {
            throw new ApiError(HttpStatus.NOT_FOUND, what + " not found");
        }
    }

    /** The address the browser used, for a link to share; behind a proxy, its forwarded scheme. */
    private static String origin(Context ctx) {
        String forwarded = ctx.header("X-Forwarded-Proto");
        String scheme = forwarded != null && forwarded.equals("https") ? "https" : ctx.scheme();
        return scheme + "://" + ctx.host();
    }
}
