package org.restwise.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.restwise.app.access.AthleteJournal;
import org.restwise.app.access.Journals;
import org.restwise.app.journal.ActivityRetyping;
import org.restwise.app.journal.ImportSummary;
import org.restwise.app.json.InputFieldException;
import org.restwise.app.json.Json;
import org.restwise.core.activity.ActivityProfile;
import org.restwise.core.activity.ProfilePoint;
import org.restwise.core.activity.StoredActivity;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.core.units.Lengths;
import org.restwise.core.units.PaceUnit;

/** The Activities page (upload, summary, list) and one activity's page with its charts. */
final class ActivitiesPage {

    /** The page lists this many, newest first; the API lists more. */
    static final int LISTED = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

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
        render(ctx, Optional.empty(), Optional.empty());
    }

    /** The form's post: the page again, with what the upload did above the list. */
    void upload(Context ctx) {
        ImportSummary summary = uploads.importFrom(ctx);
        render(ctx, Optional.of(summary), Optional.empty());
    }

    /** Reads every imported session's type again; the page again, saying what changed. */
    void retype(Context ctx) {
        ActivityRetyping.Outcome outcome = Asking.ownJournal(journals, ctx).write(ActivityRetyping::apply);
        List<ActivitiesView.Line> changes = outcome.changes().stream().map(c -> new ActivitiesView.Line(
                DAY.format(c.date()), c.sessionId(), (c.typeChanged()
                        ? JournalPage.typeLabel(c.from().name()) + " → " + JournalPage.typeLabel(c.to().type().name())
                        : JournalPage.typeLabel(c.from().name()) + ", reason updated") + ": " + c.to().reason())).toList();
        render(ctx, Optional.empty(), Optional.of(new ActivitiesView.Retyped(outcome.summary(), changes)));
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
    private void render(Context ctx, Optional<ImportSummary> summary, Optional<ActivitiesView.Retyped> retyped) {
        boolean imperial = imperial(ctx);
        AthleteJournal journal = Asking.ownJournal(journals, ctx);
        ZoneId zone = clock.getZone();
        String type = type(ctx.queryParam("type"));
        Optional<YearMonth> newest = journal.read(j -> j.activities().newestFirst(1)).stream()
                .flatMap(a -> a.activity().summary().start().stream()).map(i -> YearMonth.from(i.atZone(zone))).findFirst();
        Optional<YearMonth> month = month(ctx.queryParam("month")).or(() -> newest);
        List<ActivityRow> rows = new ArrayList<>();
        List<StoredActivity> listed = new ArrayList<>();
        journal.read(j -> {
            List<StoredActivity> stored = month.isEmpty() ? j.activities().newestFirst(LISTED)
                    : newestFirst(j.activities().startingBetween(month.get().atDay(1).atStartOfDay(zone).toInstant(),
                            month.get().atEndOfMonth().atTime(23, 59, 59).atZone(zone).toInstant()));
            for (StoredActivity a : stored) {
                Optional<LoggedSession> session = j.sessions().find(a.sessionId()).map(e -> e.session());
                String typeNow = session.map(LoggedSession::typeName).orElse(a.activity().inferred().type().name());
                if (type.isEmpty() || type.equals(typeNow)) {
                    listed.add(a);
                    rows.add(ActivityRow.of(a, session, zone, imperial));
                }
            }
            return null;
        });
        Optional<ActivitiesView.Month> shown = month.map(m -> MonthOfActivities.of(m, listed, zone, imperial, YearMonth.now(clock)));
        pages.render(ctx, "activities.jte", ActivitiesView.of(uploads.maxUploadBytes(), summary, rows, shown, type, retyped));
    }

    private static List<StoredActivity> newestFirst(List<StoredActivity> oldestFirst) {
        List<StoredActivity> copy = new ArrayList<>(oldestFirst);
        Collections.reverse(copy);
        return copy;
    }

    /** The {@code ?type=} filter: a session type the list is narrowed to, or "" for all. */
    private static String type(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        if (Choices.SESSION_TYPE.stream().noneMatch(o -> o.value().equals(text))) {
            throw new InputFieldException("type", "must be one of the session types, got \"" + text + "\"");
        }
        return text;
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
