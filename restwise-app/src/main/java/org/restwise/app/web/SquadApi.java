package org.restwise.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import org.restwise.app.json.Json;
import org.restwise.app.json.CheckInJson;
import org.restwise.app.json.InputFieldException;
import org.restwise.app.squad.DayNotes;
import org.restwise.app.squad.MorningRow;
import org.restwise.app.squad.SquadMorning;
import org.restwise.app.squad.Squads;
import org.restwise.core.access.AthleteId;
import org.restwise.core.access.Squad;
import org.restwise.core.journal.DayNote;

/** Squads and notes over HTTP, for a coach's scripts: the same use cases as the pages. */
final class SquadApi {

    private final Squads squads;
    private final SquadMorning morning;
    private final DayNotes notes;
    private final Clock clock;

    SquadApi(Squads squads, SquadMorning morning, DayNotes notes, Clock clock) {
        this.squads = squads;
        this.morning = morning;
        this.notes = notes;
        this.clock = clock;
    }

    void list(Context ctx) {
        ArrayNode array = Json.mapper().createArrayNode();
        for (Squad squad : squads.coachedBy(Asking.who(ctx))) {
            array.addObject().put("id", squad.id()).put("name", squad.name());
        }
        ctx.json(array);
    }

    /** {@code GET /api/squads/{id}/today}: the morning page's rows, most urgent first. */
    void today(Context ctx) {
        long id = ctx.pathParamAsClass("id", Long.class).getOrThrow(e -> new ApiError(HttpStatus.NOT_FOUND, "squad not found"));
        SquadMorning.Morning today = morning.today(Asking.who(ctx), id);
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("squad", today.squad().id()).put("name", today.squad().name()).put("date", today.date().toString());
        ArrayNode rows = json.putArray("athletes");
        for (MorningRow row : today.rows()) {
            ObjectNode r = rows.addObject();
            r.put("athlete", row.member().athlete().value());
            r.put("name", row.member().name());
            r.put("urgency", row.urgency().name());
            r.put("decision", row.today().map(d -> d.decision().name()).orElse(null));
            r.put("limiter", row.today().map(d -> d.state().name()).orElse(null));
            ArrayNode flags = r.putArray("redFlags");
            row.today().ifPresent(d -> d.redFlags().forEach(f -> flags.add(f.name())));
            if (row.today().isPresent()) {
                r.put("soreness", row.today().get().soreness());
            } else {
                r.putNull("soreness");
            }
            r.put("sleepHours", row.today().flatMap(d -> d.sleepHours()).orElse(null));
            ArrayNode fortnight = r.putArray("fortnight");
            row.fortnight().forEach(d -> fortnight.add(d.map(Enum::name).orElse(null)));
            var outside = r.putArray("outsideNormal");
            row.outsideNormal().forEach(reading -> outside.addObject().put("signal", reading.signal())
                    .put("status", reading.status()).put("words", reading.words()));
            r.put("lastCheckIn", row.lastCheckIn().map(LocalDate::toString).orElse(null));
            r.put("daysSinceLastCheckIn", row.daysSinceLastCheckIn(today.date()).orElse(null));
            ObjectNode last = r.putObject("lastSession");
            row.lastSession().ifPresentOrElse(s -> last.put("date", s.date().toString()).put("type", s.typeName())
                    .put("minutes", s.minutes()), () -> r.putNull("lastSession"));
            ObjectNode acwr = r.putObject("acwr");
            acwr.put("ratio", row.acwr().ratio().isPresent() ? row.acwr().ratio().getAsDouble() : null);
            acwr.put("daysWithData", row.acwr().daysWithData());
            acwr.put("method", row.acwr().method().name());
            acwr.put("historyDays", row.historyDays());
        }
        ctx.json(json);
    }

    void notes(Context ctx) {
        AthleteId athlete = SquadPages.athleteId(ctx, "id");
        LocalDate today = LocalDate.now(clock);
        ArrayNode array = Json.mapper().createArrayNode();
        for (DayNote note : notes.between(Asking.who(ctx), athlete, today.minusDays(SquadPages.DAYS_SHOWN - 1L), today)) {
            array.addObject().put("id", note.id()).put("date", note.date().toString()).put("author", note.authorEmail())
                    .put("text", note.body()).put("writtenAt", note.writtenAt().toString());
        }
        ctx.json(array);
    }

    /** {@code POST /api/athletes/{id}/notes} with {@code {"date": "…", "text": "…"}}. */
    void writeNote(Context ctx) {
        AthleteId athlete = SquadPages.athleteId(ctx, "id");
        ObjectNode body = CheckInJson.readObject(ctx.body());
        LocalDate day = body.hasNonNull("date") ? SquadPages.date(body.get("date").asText()) : LocalDate.now(clock);
        String text = body.hasNonNull("text") ? body.get("text").asText() : "";
        long id;
        try {
            id = notes.write(Asking.who(ctx), athlete, day, text);
        } catch (IllegalArgumentException e) {
            throw new InputFieldException("text", e.getMessage().replaceFirst("^note: ", ""));
        }
        ctx.status(HttpStatus.CREATED).json(Json.mapper().createObjectNode().put("id", id));
    }
}
