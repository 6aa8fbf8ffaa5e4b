package org.restwise.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.restwise.core.activity.ActivityProfile;
import org.restwise.core.activity.ActivitySummary;
import org.restwise.core.activity.ImportedActivity;
import org.restwise.core.activity.ProfilePoint;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.activity.StoredActivity;

/**
 * An imported activity over the API: the {@code analyze --json} measures (metres, seconds, bpm; null
 * when the file did not give them), with the session it became and why its type was guessed.
 */
public final class ActivityJson {

    private ActivityJson() {
    }

    /** {@code id} is the session's id: one activity per session, and deleting the session deletes it. */
    public static ObjectNode write(StoredActivity stored, Optional<LoggedSession> session) {
        ImportedActivity a = stored.activity();
        ActivitySummary s = a.summary();
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("id", stored.sessionId());
        json.put("sessionId", stored.sessionId());
        json.put("file", a.sourceFile());
        json.put("format", a.format());
        json.put("sport", a.sport().name());
        json.put("start", s.start().map(Instant::toString).orElse(null));
        json.put("date", session.map(x -> x.date().toString()).orElse(null));
        json.put("type", session.map(LoggedSession::typeName).orElse(a.inferred().type().name()));
        json.put("inferredType", a.inferred().type().name());
        json.put("typeReason", a.inferred().reason());
        json.put("points", s.points());
        json.put("distanceMeters", tenths(s.distanceMeters()));
        json.put("deviceDistanceMeters", tenths(s.deviceDistanceMeters()));
        json.put("durationSeconds", tenths(s.durationSeconds()));
        json.put("movingSeconds", tenths(s.movingSeconds()));
        json.put("ascentMeters", tenths(s.ascentMeters()));
        json.put("descentMeters", tenths(s.descentMeters()));
        json.put("descentDistanceMeters", tenths(s.descentDistanceMeters()));
        json.put("avgHeartRate", s.avgHeartRateBpm().orElse(null));
        json.put("maxHeartRate", s.maxHeartRateBpm().orElse(null));
        json.put("flatEquivalentMeters", tenths(s.flatEquivalentMeters()));
        json.put("gradeAdjustedPaceSecondsPerKm", tenths(s.gradeAdjustedPaceSecondsPerKm()));
        return json;
    }

    /** The activity with its chart profile ({@code null} when it has none). */
    public static ObjectNode withProfile(StoredActivity stored, Optional<LoggedSession> session, Optional<ActivityProfile> profile) {
        ObjectNode json = write(stored, session);
        if (profile.isEmpty()) {
            json.putNull("profile");
            return json;
        }
        ArrayNode points = json.putArray("profile");
        for (ProfilePoint p : profile.get().points()) {
            ObjectNode point = points.addObject();
            point.put("distanceMeters", tenths(Optional.of(p.distanceMeters())));
            point.put("elevationMeters", tenths(p.elevationMeters()));
            point.put("paceSecondsPerKm", tenths(p.paceSecondsPerKm()));
            point.put("gradeAdjustedPaceSecondsPerKm", tenths(p.gradeAdjustedPaceSecondsPerKm()));
            point.put("heartRate", p.heartRateBpm().orElse(null));
        }
        return json;
    }

    /** As a decimal, so 10 000 km is written 10000000.0 and not 1.0E7, which scripts misread. */
    private static BigDecimal tenths(Optional<Double> value) {
        return value.map(v -> BigDecimal.valueOf(Math.round(v * 10), 1)).orElse(null);
    }
}
