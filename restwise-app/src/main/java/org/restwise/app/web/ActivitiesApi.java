package org.restwise.app.web;

import org.restwise.core.access.AthleteId;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.restwise.app.journal.ImportSummary;
import org.restwise.app.json.ActivityJson;
import org.restwise.app.json.ImportSummaryJson;
import org.restwise.app.json.Json;
import org.restwise.store.JournalStore;

/** {@code POST /api/activities} (the {@code import --json} summary), {@code GET /api/activities} and {@code /api/activities/{id}}. */
final class ActivitiesApi {

    /** Newest first; more is an export's job, not a list's. */
    static final int LISTED = 1000;

    private final JournalStore journal;
    private final ActivityUploads uploads;

    ActivitiesApi(JournalStore journal, ActivityUploads uploads) {
        this.journal = journal;
        this.uploads = uploads;
    }

    void upload(Context ctx) {
        ImportSummary summary = uploads.importFrom(ctx);
        HttpStatus status = summary.imported().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED;
        ctx.status(status).contentType("application/json").result(Json.pretty(ImportSummaryJson.write(summary)));
    }

    void list(Context ctx) {
        ArrayNode rows = journal.read(j -> {
            ArrayNode list = Json.mapper().createArrayNode();
            j.athlete(AthleteId.OWN_RUNNER).activities().newestFirst(LISTED).forEach(a ->
                    list.add(ActivityJson.write(a, j.athlete(AthleteId.OWN_RUNNER).sessions().find(a.sessionId()).map(e -> e.session()))));
            return list;
        });
        ctx.contentType("application/json").result(Json.pretty(rows));
    }

    void one(Context ctx) {
        long id = ActivitiesPage.id(ctx);
        String body = journal.read(j -> j.athlete(AthleteId.OWN_RUNNER).activities().forSession(id)
                .map(a -> Json.pretty(ActivityJson.withProfile(a, j.athlete(AthleteId.OWN_RUNNER).sessions().find(id).map(e -> e.session()),
                        j.athlete(AthleteId.OWN_RUNNER).activities().profile(id)))))
                .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "There is no imported activity " + id + "."));
        ctx.contentType("application/json").result(body);
    }
}
