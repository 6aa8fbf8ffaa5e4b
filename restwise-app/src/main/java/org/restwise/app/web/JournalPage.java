package org.restwise.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.restwise.app.journal.LoadFromJournal;
import org.restwise.app.json.InputFieldException;
import org.restwise.app.json.Json;
import org.restwise.app.json.PlausibleDates;
import org.restwise.app.json.LoadJson;
import org.restwise.app.json.SessionJson;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.core.load.AcwrMethod;
import org.restwise.core.load.LoadDay;
import org.restwise.core.load.LoadReport;
import org.restwise.core.units.Lengths;
import org.restwise.app.access.Journals;
import org.restwise.core.journal.SavedCheckIn;
import org.restwise.core.journal.SessionEntry;

/** The Journal page: the last six weeks as a calendar of decisions and as charts, and the session log. */
final class JournalPage {

    static final int WEEKS = 6;

    private final Journals journals;
    private final Clock clock;
    private final Pages pages;

    JournalPage(Journals journals, Clock clock, Pages pages) {
        this.journals = journals;
        this.clock = clock;
        this.pages = pages;
    }

    void show(Context ctx) {
        render(ctx, Form.of(Map.of("date", LocalDate.now(clock).toString(), "type", "EASY")), notice(ctx));
    }

    /** Logs a session, then shows the page again (post, redirect, get) so a reload does not log it twice. */
    void logSession(Context ctx) {
        Form form = Form.of(Form.read(ctx.formParamMap(), SessionForm.FIELDS));
        try {
            Form.requireOnce(ctx.formParamMap(), SessionForm.FIELDS);
            LoggedSession session = SessionJson.fromTree(SessionForm.toJson(form.values(), imperial(ctx)), "");
            PlausibleDates.check("date", session.date(), LocalDate.now(clock));
            long id = Asking.ownJournal(journals, ctx).write(j -> j.sessions().add(session));
            ctx.redirect("/journal?logged=" + id + "#sessions", HttpStatus.SEE_OTHER);
        } catch (InputFieldException e) {
            render(ctx, form.refused(e, SessionForm.FIELDS), Optional.empty());
        }
    }

    /** {@code GET /api/load}: the load report, {@code ?days=N} (default 42) and {@code ?method=}. */
    void loadApi(Context ctx) {
        int days = ctx.queryParam("days") == null ? WEEKS * 7 : ApiRequests.days(ctx);
        AcwrMethod method = method(ctx.queryParam("method"));
        LocalDate today = LocalDate.now(clock);
        LoadReport report = LoadFromJournal.report(Asking.ownJournal(journals, ctx), today.minusDays(days - 1L), today, method);
        ctx.contentType("application/json").result(Json.pretty(LoadJson.write(report)));
    }

    private static AcwrMethod method(String text) {
        if (text == null || text.isBlank()) {
            return AcwrMethod.UNCOUPLED;
        }
        try {
            return AcwrMethod.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputFieldException("method", "must be uncoupled, coupled or ewma, got \"" + text + "\"");
        }
    }

    private boolean imperial(Context ctx) {
        return Asking.ownJournal(journals, ctx).read(j -> j.profile().find()).orElse(RunnerProfile.EMPTY).units() == RunnerProfile.Units.IMPERIAL;
    }

    /** What the redirect after a change says was done; anything else in the query is ignored. */
    private static Optional<String> notice(Context ctx) {
        Optional<String> logged = Optional.ofNullable(ctx.queryParam("logged")).filter(id -> id.matches("\\d{1,18}"))
                .map(id -> "Session " + id + " logged.");
        String deleted = Objects.requireNonNullElse(ctx.queryParam("deleted"), "");
        return logged.or(() -> switch (deleted) {
            case "session" -> Optional.of("Session deleted, and its imported activity with it.");
            case "check-in" -> Optional.of("Check-in deleted; the rest of the journal is as it was.");
            default -> Optional.empty();
        });
    }

    private void render(Context ctx, Form form, Optional<String> notice) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1L);
        boolean imperial = imperial(ctx);
        Map<LocalDate, SavedCheckIn> checkIns = Asking.ownJournal(journals, ctx).read(j -> j.checkIns().between(first, today)).stream()
                .collect(Collectors.toMap(c -> c.entry().checkIn().date(), Function.identity()));
        List<SessionEntry> sessions = Asking.ownJournal(journals, ctx).read(j -> j.sessions().between(first, today));
        LoadReport load = LoadFromJournal.report(Asking.ownJournal(journals, ctx), first, today, AcwrMethod.UNCOUPLED);
        var journalLoad = LoadFromJournal.journalLoad(Asking.ownJournal(journals, ctx), today);
        String ratio = LoadWords.ratio(load.latest().acwr(), journalLoad.load().daysOfHistory(today));
        JournalView view = new JournalView(calendar(first, today, checkIns), charts(first, today, checkIns, load, imperial), ratio,
                sessions.stream().sorted(Comparator.comparing((SessionEntry s) -> s.session().startOrAssumed()).reversed())
                        .map(s -> row(s, imperial)).toList(),
                form, imperial, notice);
        pages.render(ctx, "journal.jte", view);
    }

    private static List<List<JournalView.Day>> calendar(LocalDate first, LocalDate today, Map<LocalDate, SavedCheckIn> checkIns) {
        List<List<JournalView.Day>> weeks = new ArrayList<>();
        for (int w = 0; w < WEEKS; w++) {
            List<JournalView.Day> week = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                LocalDate date = first.plusDays(w * 7L + d);
                week.add(new JournalView.Day(date,
                        Optional.ofNullable(checkIns.get(date)).map(c -> c.entry().decision().name()),
                        date.equals(today), !date.isAfter(today), (w == 0 && d == 0) || date.getDayOfMonth() == 1));
            }
            weeks.add(week);
        }
        return weeks;
    }

    /** Day-by-day series for the charts; a day without a check-in is null, so the line shows the gap. */
    private static String charts(LocalDate first, LocalDate today, Map<LocalDate, SavedCheckIn> checkIns, LoadReport load,
            boolean imperial) {
        ObjectNode json = Json.mapper().createObjectNode();
        ArrayNode dates = json.putArray("dates");
        ArrayNode soreness = json.putArray("soreness");
        ArrayNode sleep = json.putArray("sleepHours");
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            dates.add(day.toString());
            SavedCheckIn c = checkIns.get(day);
            if (c == null) {
                soreness.addNull();
                sleep.addNull();
            } else {
                soreness.add(c.entry().checkIn().signals().soreness());
                c.entry().checkIn().signals().sleepHours().ifPresentOrElse(sleep::add, sleep::addNull);
            }
        }
        ArrayNode daily = json.putArray("load");
        ArrayNode ratio = json.putArray("acwr");
        ArrayNode fitness = json.putArray("fitness");
        ArrayNode fatigue = json.putArray("fatigue");
        ArrayNode form = json.putArray("form");
        ArrayNode descent = json.putArray("descent");
        for (LoadDay day : load.days()) {
            daily.add(LoadJson.round(day.load(), 1));
            if (day.ratio().isPresent()) {
                ratio.add(LoadJson.round(day.ratio().getAsDouble(), 2));
            } else {
                ratio.addNull();
            }
            fitness.add(LoadJson.round(day.fitnessFatigue().fitness(), 1));
            fatigue.add(LoadJson.round(day.fitnessFatigue().fatigue(), 1));
            form.add(LoadJson.round(day.fitnessFatigue().form(), 1));
            descent.add(Math.round(imperial ? Lengths.metresToFeet(day.descentMeters()) : day.descentMeters()));
        }
        json.put("descentUnit", imperial ? "ft" : "m");
        return json.toString();
    }

    private static JournalView.SessionRow row(SessionEntry entry, boolean imperial) {
        LoggedSession s = entry.session();
        return new JournalView.SessionRow(entry.id(), s.date(), s.start().map(t -> t.toLocalTime().toString()).orElse(""),
                typeLabel(s.typeName()), s.minutes(), s.rpe().map(String::valueOf).orElse(""),
                s.distanceKm().map(km -> String.format(Locale.ROOT, "%.1f", imperial ? Lengths.kilometresToMiles(km) : km)).orElse(""),
                s.ascentM().map(m -> String.valueOf(Math.round(imperial ? Lengths.metresToFeet(m) : m))).orElse(""),
                s.descentM().map(m -> String.valueOf(Math.round(imperial ? Lengths.metresToFeet(m) : m))).orElse(""),
                s.recovery().map(r -> r.modality().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + r.loosenedWithinTenMinutes().map(l -> l ? ", loosened" : ", did not loosen").orElse("")
                        + r.leftFlatter().map(f -> f ? ", left flatter" : "").orElse("")).orElse(""));
    }

    static String typeLabel(String type) {
        return Choices.SESSION_TYPE.stream().filter(o -> o.value().equals(type)).map(Choices.Option::label)
                .findFirst().orElse(type);
    }
}
