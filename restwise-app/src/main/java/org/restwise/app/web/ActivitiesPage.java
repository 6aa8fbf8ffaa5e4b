package org.restwise.app.web;

import org.restwise.core.access.AthleteId;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.restwise.app.journal.ImportSummary;
import org.restwise.app.json.Json;
import org.restwise.core.activity.ActivityProfile;
import org.restwise.core.activity.ProfilePoint;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.core.units.Lengths;
import org.restwise.core.units.PaceUnit;
import org.restwise.app.access.Journals;

/** The Activities page (upload, summary, list) and one activity's page with its charts. */
final class ActivitiesPage {

    /** The page lists this many, newest first; the API lists more. */
    static final int LISTED = 200;

    private final Journals journals;
    private final Clock clock;
    private final Pages pages;
    private final ActivityUploads uploads;

    ActivitiesPage(Journals journals, Clock clock, Pages pages, ActivityUploads uploads) {
        this.journals = journals;
        this.clock = clock;
        this.pages = pages;
        this.uploads = uploads;
    }

    void show(Context ctx) {
        render(ctx, Optional.empty());
    }

    /** The form's post: the page again, with what the upload did above the list. */
    void upload(Context ctx) {
        ImportSummary summary = uploads.importFrom(ctx);
        render(ctx, Optional.of(summary));
    }

    void one(Context ctx) {
        long id = id(ctx);
        boolean imperial = imperial(ctx);
        ActivityView view = Asking.ownJournal(journals, ctx).read(j -> j.activities().forSession(id).map(a -> new ActivityView(
                ActivityRow.of(a, j.sessions().find(id).map(e -> e.session()), clock.getZone(), imperial),
                j.activities().profile(id).map(p -> chartJson(p, imperial)).orElse(""), imperial)))
                .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "There is no imported activity " + id + "."));
        pages.render(ctx, "activity.jte", view);
    }

    /** The {@code {id}} of the path: a session id, else nothing is there. */
    static long id(Context ctx) {
        String text = ctx.pathParam("id");
        if (!text.matches("\\d{1,18}")) {
            throw new ApiError(HttpStatus.NOT_FOUND, "There is no imported activity " + text + ".");
        }
        return Long.parseLong(text);
    }

    private void render(Context ctx, Optional<ImportSummary> summary) {
        boolean imperial = imperial(ctx);
        List<ActivityRow> rows = Asking.ownJournal(journals, ctx).read(j -> j.activities().newestFirst(LISTED).stream()
                .map(a -> ActivityRow.of(a, j.sessions().find(a.sessionId()).map(e -> e.session()), clock.getZone(), imperial))
                .toList());
        pages.render(ctx, "activities.jte", ActivitiesView.of(uploads.maxUploadBytes(), summary, rows));
    }

    private boolean imperial(Context ctx) {
        return Asking.ownJournal(journals, ctx).read(j -> j.profile().find()).orElse(RunnerProfile.EMPTY).units() == RunnerProfile.Units.IMPERIAL;
    }

    /** The profile in the runner's units; a missing value is null, so the line shows a gap. */
    static String chartJson(ActivityProfile profile, boolean imperial) {
        PaceUnit unit = imperial ? PaceUnit.PER_MILE : PaceUnit.PER_KILOMETRE;
        Function<Double, Double> length = m -> imperial ? Lengths.kilometresToMiles(m / 1000) : m / 1000;
        Function<Double, Double> height = m -> imperial ? Lengths.metresToFeet(m) : m;
        ObjectNode json = Json.mapper().createObjectNode();
        ArrayNode distance = json.putArray("distance");
        ArrayNode elevation = json.putArray("elevation");
        ArrayNode pace = json.putArray("pace");
        ArrayNode gap = json.putArray("gap");
        for (ProfilePoint p : profile.points()) {
            distance.add(Math.round(length.apply(p.distanceMeters()) * 1000) / 1000.0);
            add(elevation, p.elevationMeters().map(height).map(e -> Math.round(e * 10) / 10.0));
            add(pace, p.paceSecondsPerKm().map(s -> (double) Math.round(s * unit.kilometres())));
            add(gap, p.gradeAdjustedPaceSecondsPerKm().map(s -> (double) Math.round(s * unit.kilometres())));
        }
        json.put("distanceUnit", imperial ? "mi" : "km");
        json.put("elevationUnit", imperial ? "ft" : "m");
        json.put("paceUnit", unit.label());
        return json.toString();
    }

    private static void add(ArrayNode array, Optional<Double> value) {
        value.ifPresentOrElse(array::add, array::addNull);
    }
}
