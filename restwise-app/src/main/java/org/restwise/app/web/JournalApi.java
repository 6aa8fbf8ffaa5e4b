package org.restwise.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.restwise.app.journal.CheckInRecorder;
import org.restwise.app.json.CheckInJson;
import org.restwise.app.json.HistoryJson;
import org.restwise.app.json.Json;
import org.restwise.app.json.PlausibleDates;
import org.restwise.app.json.ProfileJson;
import org.restwise.app.json.SessionJson;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.app.access.Journals;
import org.restwise.app.journal.ProfileUpdate;

/**
 * The journal over HTTP, with the command line's contracts: {@code check-in --json},
 * {@code history --json}, {@code today --json}, {@code log --json}, {@code sessions --json} and
 * {@code profile show --json}. Bad input is refused whole, before the journal is touched.
 */
final class JournalApi {

    private final Journals journals;
    private final Clock clock;
    private final CheckInRecorder recorder = new CheckInRecorder();

    JournalApi(Journals journals, Clock clock) {
        this.journals = journals;
        this.clock = clock;
    }

    void checkIn(Context ctx) {
        ApiRequests.requireJson(ctx);
        CheckInJson.Entry entry = CheckInJson.parseEntry(ctx.body(), LocalDate.now(clock));
        CheckInRecorder.Recorded recorded = recorder.record(Asking.ownJournal(journals, ctx), entry.checkIn(), entry.body(),
                LocalDateTime.now(clock));
        json(ctx.status(HttpStatus.CREATED), recorded.json());
    }

    void checkIns(Context ctx) {
        int days = ApiRequests.days(ctx);
        LocalDate today = LocalDate.now(clock);
        ArrayNode rows = Json.mapper().createArrayNode();
        Asking.ownJournal(journals, ctx).read(j -> j.checkIns().between(today.minusDays(days - 1L), today))
                .forEach(saved -> rows.add(HistoryJson.row(saved.entry())));
        json(ctx, Json.pretty(rows));
    }

    void today(Context ctx) {
        LocalDate today = LocalDate.now(clock);
        String stored = CheckInRecorder.stored(Asking.ownJournal(journals, ctx), today)
                .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND,
                        "no check-in yet today (" + today + "): POST one to /api/check-ins"))
                .adviceJson();
        json(ctx, stored);
    }

    void logSession(Context ctx) {
        Asking.ownJournal(journals, ctx);
        ApiRequests.requireJson(ctx);
        LoggedSession session = SessionJson.parse(ctx.body());
        PlausibleDates.check("date", session.date(), LocalDate.now(clock));
        long id = Asking.ownJournal(journals, ctx).write(j -> j.sessions().add(session));
        json(ctx.status(HttpStatus.CREATED), Json.pretty(SessionJson.write(Optional.of(id), session)));
    }

    void sessions(Context ctx) {
        int days = ApiRequests.days(ctx);
        LocalDate today = LocalDate.now(clock);
        ArrayNode rows = Json.mapper().createArrayNode();
        Asking.ownJournal(journals, ctx).read(j -> j.sessions().between(today.minusDays(days - 1L), today))
                .forEach(entry -> rows.add(SessionJson.write(Optional.of(entry.id()), entry.session())));
        json(ctx, Json.pretty(rows));
    }

    void profile(Context ctx) {
        RunnerProfile profile = Asking.ownJournal(journals, ctx).read(j -> j.profile().find()).orElse(RunnerProfile.EMPTY);
        json(ctx, Json.pretty(ProfileJson.write(profile)));
    }

    /** PUT replaces the whole profile: a value left out is cleared, as the document says. */
    void replaceProfile(Context ctx) {
        ApiRequests.requireJson(ctx);
        RunnerProfile profile = ProfileJson.fromTree(CheckInJson.readObject(ctx.body()), "");
        Asking.ownJournal(journals, ctx).write(j -> {
            ProfileUpdate.save(j, profile);
            return null;
        });
        json(ctx, Json.pretty(ProfileJson.write(profile)));
    }

    private static void json(Context ctx, String body) {
        ctx.contentType("application/json").result(body);
    }
}
