package org.restwise.app.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.restwise.core.activity.ActivitySummary;
import org.restwise.core.activity.ImportedActivity;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.units.Lengths;
import org.restwise.core.units.Pace;
import org.restwise.core.units.PaceUnit;
import org.restwise.core.activity.StoredActivity;

/**
 * One imported activity as the pages show it, every figure already in the runner's units; a figure
 * the file did not give is "" (shown as a dash), never a zero.
 *
 * @param id the session the activity became (also the activity's id in the API)
 * @param type the session's type now (the runner may have corrected the guess)
 * @param typeReason why the import guessed the type it did
 */
public record ActivityRow(long id, String date, String start, String type, String typeReason, String file, String distance,
        String duration, String ascent, String descent, String descentDistance, String avgHeartRate, String flatEquivalent,
        String gradeAdjustedPace, String pace) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    static ActivityRow of(StoredActivity stored, Optional<LoggedSession> session, ZoneId zone, boolean imperial) {
        ImportedActivity a = stored.activity();
        ActivitySummary s = a.summary();
        Optional<Instant> start = s.start();
        String type = session.map(LoggedSession::typeName).orElse(a.inferred().type().name());
        Optional<Double> moving = s.movingSeconds().or(s::durationSeconds);
        Optional<Double> bestMeters = a.bestDistanceMeters();
        return new ActivityRow(stored.sessionId(),
                start.map(i -> DATE.format(i.atZone(zone))).orElse(""),
                start.map(i -> TIME.format(i.atZone(zone))).orElse(""),
                JournalPage.typeLabel(type), a.inferred().reason(), fileName(a.sourceFile()),
                bestMeters.map(m -> distance(m, imperial)).orElse(""),
                s.durationSeconds().map(ActivityRow::duration).orElse(""),
                s.ascentMeters().map(m -> elevation(m, imperial)).orElse(""),
                s.descentMeters().map(m -> elevation(m, imperial)).orElse(""),
                s.descentDistanceMeters().map(m -> distance(m, imperial)).orElse(""),
                s.avgHeartRateBpm().map(hr -> hr + " bpm").orElse(""),
                s.flatEquivalentMeters().map(m -> distance(m, imperial)).orElse(""),
                s.gradeAdjustedPaceSecondsPerKm().map(p -> pace(p, imperial)).orElse(""),
                moving.flatMap(t -> bestMeters.filter(m -> m > 0).map(m -> t / (m / 1000)))
                        .map(p -> pace(p, imperial)).orElse(""));
    }

    /** The file's own name: where it lay on a disk (or in an archive on the server) is nobody's business on a page. */
    static String fileName(String source) {
        int cut = Math.max(source.lastIndexOf('/'), Math.max(source.lastIndexOf('\\'), source.lastIndexOf('!')));
        return source.substring(cut + 1);
    }

    static String distance(double meters, boolean imperial) {
        return imperial ? String.format(Locale.ROOT, "%.1f mi", Lengths.kilometresToMiles(meters / 1000))
                : String.format(Locale.ROOT, "%.1f km", meters / 1000);
    }

    static String elevation(double meters, boolean imperial) {
        return imperial ? Math.round(Lengths.metresToFeet(meters)) + " ft" : Math.round(meters) + " m";
    }

    static String pace(double secondsPerKm, boolean imperial) {
        PaceUnit unit = imperial ? PaceUnit.PER_MILE : PaceUnit.PER_KILOMETRE;
        return Pace.ofSecondsPerKilometre(secondsPerKm).format(unit) + " " + unit.label();
    }

    /** "1:05:09" or "42:10". */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
