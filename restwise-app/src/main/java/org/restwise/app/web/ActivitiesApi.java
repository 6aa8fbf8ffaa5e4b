package org.restwise.app.web;

import org.restwise.core.access.AthleteId;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.restwise.app.journal.ImportSummary;
import org.restwise.app.json.ActivityJson;
import org.restwise.app.json.ImportSummaryJson;
import org.restwise.app.json.Json;
import org.restwise.app.access.Journals;

/** {@code POST /api/activities} (the {@code import --json} summary), {@code GET /api/activities} and {@code /api/activities/{id}}. */
final class ActivitiesApi {

    /** Newest first; more is an export's job, not a list's. */
    static final int LISTED = 1000;

    private final Journals journals;
    private final ActivityUploads uploads;

    ActivitiesApi(Journals journals, ActivityUploads uploads) {
        this.journals = journals;
        this.uploads = uploads;
    }

    void upload(Context ctx) {
        ImportSummary summary = uploads.importFrom(ctx);
        HttpStatus status = summary.imported().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED;
        ctx.status(status).contentType("application/json").result(Json.pretty(ImportSummaryJson.write(summary)));
    }

    void list(Context ctx) {
        ArrayNode rows = Asking.ownJournal(journals, ctx).read(j -> {
            ArrayNode list = Json.mapper().createArrayNode();
            j.activities().newestFirst(LISTED).forEach(a ->
                    list.add(ActivityJson.write(a, j.sessions().find(a.sessionId()).map(e -> e.session()))));
            return list;
        });
        ctx.contentType("application/json").result(Json.pretty(rows));
    }

    void one(Context ctx) {
        long id = ActivitiesPage.id(ctx);
        String body = Asking.ownJournal(journals, ctx).read(j -> j.activities().forSession(id)
                .map(a -> Json.pretty(ActivityJson.withProfile(a, j.sessions().find(id).map(e -> e.session()),
                        j.activities().profile(id)))))
                .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "There is no imported activity " + id + "."));
        ctx.contentType("application/json").result(body);
    }
}
