package org.restwise.app.web;

import org.restwise.core.access.AthleteId;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.restwise.app.json.InputFieldException;
import org.restwise.core.activity.StoredActivity;
import org.restwise.app.access.AthleteJournal;
import java.time.ZoneId;
import java.time.YearMonth;
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
        ActivityView view = Asking.ownJournal(journals, ctx).read(j -> j.activities().forSession(id).map(a -> {
                    Optional<ActivityProfile> profile = j.activities().profile(id);
                    return new ActivityView(ActivityRow.of(a, j.sessions().find(id).map(e -> e.session()), clock.getZone(), imperial),
                            profile.map(p -> chartJson(p, imperial)).orElse(""), imperial,
                            profile.map(p -> ActivityView.splits(p, imperial)).orElse(List.of()));
                }))
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

    /**
     * One month of activities, newest first, with its weekly totals: the month asked for
     * ({@code ?month=YYYY-MM}), else the month of the newest activity.
     */
    private void render(Context ctx, Optional<ImportSummary> summary) {
        boolean imperial = imperial(ctx);
        AthleteJournal journal = Asking.ownJournal(journals, ctx);
        ZoneId zone = clock.getZone();
        Optional<YearMonth> newest = journal.read(j -> j.activities().newestFirst(1)).stream()
                .flatMap(a -> a.activity().summary().start().stream()).map(i -> YearMonth.from(i.atZone(zone))).findFirst();
        Optional<YearMonth> month = month(ctx.queryParam("month")).or(() -> newest);
        List<StoredActivity> stored = month.map(m -> journal.read(j -> j.activities().startingBetween(
                        m.atDay(1).atStartOfDay(zone).toInstant(), m.atEndOfMonth().atTime(23, 59, 59).atZone(zone).toInstant())))
                .map(list -> { List<StoredActivity> copy = new java.util.ArrayList<>(list); java.util.Collections.reverse(copy); return copy; })
                .orElseGet(() -> journal.read(j -> j.activities().newestFirst(LISTED)));
        List<ActivityRow> rows = journal.read(j -> stored.stream()
                .map(a -> ActivityRow.of(a, j.sessions().find(a.sessionId()).map(e -> e.session()), zone, imperial)).toList());
        Optional<ActivitiesView.Month> shown = month.map(m -> MonthOfActivities.of(m, stored, zone, imperial, YearMonth.now(clock)));
        pages.render(ctx, "activities.jte", ActivitiesView.of(uploads.maxUploadBytes(), summary, rows, shown));
    }

    private static Optional<YearMonth> month(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InputFieldException("month", "must be a month as YYYY-MM, got \"" + text + "\"");
        }
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
        ArrayNode heartRate = json.putArray("heartRate");
        for (ProfilePoint p : profile.points()) {
            distance.add(Math.round(length.apply(p.distanceMeters()) * 1000) / 1000.0);
            add(elevation, p.elevationMeters().map(height).map(e -> Math.round(e * 10) / 10.0));
            add(pace, p.paceSecondsPerKm().map(s -> (double) Math.round(s * unit.kilometres())));
            add(gap, p.gradeAdjustedPaceSecondsPerKm().map(s -> (double) Math.round(s * unit.kilometres())));
            add(heartRate, p.heartRateBpm().map(Integer::doubleValue));
        }
        json.put("distanceUnit", imperial ? "mi" : "km");
        json.put("elevationUnit", imperial ? "ft" : "m");
        json.put("paceUnit", unit.label());
        json.put("hasHeartRate", profile.points().stream().anyMatch(p -> p.heartRateBpm().isPresent()));
        return json.toString();
    }

    private static void add(ArrayNode array, Optional<Double> value) {
        value.ifPresentOrElse(array::add, array::addNull);
    }
}
