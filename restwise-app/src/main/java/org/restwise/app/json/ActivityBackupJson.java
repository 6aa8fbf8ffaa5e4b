package org.restwise.app.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.restwise.core.activity.ActivityProfile;
import org.restwise.core.activity.ActivitySummary;
import org.restwise.core.activity.ImportedActivity;
import org.restwise.core.activity.InferenceBasis;
import org.restwise.core.activity.InferredSessionType;
import org.restwise.core.activity.ProfilePoint;
import org.restwise.core.activity.SessionType;
import org.restwise.core.activity.Sport;
import org.restwise.formats.ActivityFormat;
import org.restwise.core.activity.ActivityRecord;
import org.restwise.store.InferenceBasisText;
import org.restwise.store.JournalException;
import org.restwise.store.ProfileText;

/**
 * An imported activity inside a backup: the {@code activity} row as stored. Unlike the API's
 * {@link ActivityJson}, measures are written unrounded, so the restored journal compares and
 * derives exactly as the original did; the chart profile is one "distance elevation pace gap" line
 * per point, as the store keeps it (one JSON line each instead of six).
 */
public final class ActivityBackupJson {

    private static final Set<String> FIELDS = Set.of("fingerprint", "file", "format", "sport", "start", "points",
            "distanceMeters", "deviceDistanceMeters", "durationSeconds", "movingSeconds", "ascentMeters", "descentMeters",
            "descentDistanceMeters", "avgHeartRate", "maxHeartRate", "flatEquivalentMeters",
            "gradeAdjustedPaceSecondsPerKm", "inferredType", "typeReason", "profile", "inferenceBasis");
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    private ActivityBackupJson() {
    }

    public static ObjectNode write(ActivityRecord record) {
        ImportedActivity a = record.activity();
        ActivitySummary s = a.summary();
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("fingerprint", record.fingerprint());
        json.put("file", a.sourceFile());
        json.put("format", a.format());
        json.put("sport", a.sport().name());
        json.put("start", s.start().map(Instant::toString).orElse(null));
        json.put("points", s.points());
        json.put("distanceMeters", s.distanceMeters().orElse(null));
        json.put("deviceDistanceMeters", s.deviceDistanceMeters().orElse(null));
        json.put("durationSeconds", s.durationSeconds().orElse(null));
        json.put("movingSeconds", s.movingSeconds().orElse(null));
        json.put("ascentMeters", s.ascentMeters().orElse(null));
        json.put("descentMeters", s.descentMeters().orElse(null));
        json.put("descentDistanceMeters", s.descentDistanceMeters().orElse(null));
        json.put("avgHeartRate", s.avgHeartRateBpm().orElse(null));
        json.put("maxHeartRate", s.maxHeartRateBpm().orElse(null));
        json.put("flatEquivalentMeters", s.flatEquivalentMeters().orElse(null));
        json.put("gradeAdjustedPaceSecondsPerKm", s.gradeAdjustedPaceSecondsPerKm().orElse(null));
        json.put("inferredType", a.inferred().type().name());
        json.put("typeReason", a.inferred().reason());
        if (record.profile().isEmpty()) {
            json.putNull("profile");
        } else {
            ArrayNode lines = json.putArray("profile");
            record.profile().get().points().forEach(p -> lines.add(ProfileText.line(p)));
        }
        if (record.basis().isEmpty()) {
            json.putNull("inferenceBasis");
        } else {
            ArrayNode lines = json.putArray("inferenceBasis");
            InferenceBasisText.write(record.basis().get()).lines().forEach(lines::add);
        }
        return json;
    }

    /** Parses and validates one activity; throws {@link InputFieldException} naming the field under {@code path}. */
    public static ActivityRecord fromTree(ObjectNode json, String path) {
        Fields f = new Fields(json, path, FIELDS);
        String fingerprint = f.text("fingerprint").filter(v -> SHA_256.matcher(v).matches())
                .orElseThrow(() -> new InputFieldException(f.pathOf("fingerprint"), "must be 64 lowercase hexadecimal digits"));
        String file = f.text("file").filter(v -> !v.isBlank()).orElseThrow(() -> required(f, "file"));
        ActivityFormat format = f.enumeration("format", ActivityFormat.class).orElseThrow(() -> required(f, "format"));
        Sport sport = f.enumeration("sport", Sport.class).orElseThrow(() -> required(f, "sport"));
        Optional<Instant> start = f.text("start").map(text -> instant(f.pathOf("start"), text));
        int points = atLeastZero(f, "points", f.integer("points")).orElseThrow(() -> required(f, "points"));
        ActivitySummary summary = new ActivitySummary(start, points,
                measure(f, "distanceMeters"), measure(f, "deviceDistanceMeters"), measure(f, "durationSeconds"),
                measure(f, "movingSeconds"), measure(f, "ascentMeters"), measure(f, "descentMeters"),
                measure(f, "descentDistanceMeters"), atLeastZero(f, "avgHeartRate", f.integer("avgHeartRate")),
                atLeastZero(f, "maxHeartRate", f.integer("maxHeartRate")), measure(f, "flatEquivalentMeters"),
                measure(f, "gradeAdjustedPaceSecondsPerKm"));
        SessionType inferred = f.enumeration("inferredType", SessionType.class).orElseThrow(() -> required(f, "inferredType"));
        String reason = f.text("typeReason").orElseThrow(() -> required(f, "typeReason"));
        ImportedActivity activity = new ImportedActivity(file, format.name(), sport, summary, new InferredSessionType(inferred, reason));
        return new ActivityRecord(fingerprint, activity, profile(json.get("profile"), f.pathOf("profile")),
                basis(json.get("inferenceBasis"), f.pathOf("inferenceBasis")));
    }

    /** Absent in backups written before version 10, and for activities imported before it. */
    private static Optional<InferenceBasis> basis(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isArray()) {
            throw new InputFieldException(path, "must be null or an array of \"speeds …\" and \"leg …\" lines");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw new InputFieldException(path + "[" + i + "]", "must be a string, got " + node.get(i));
            }
            text.append(node.get(i).asText()).append('\n');
        }
        try {
            return Optional.of(InferenceBasisText.read(text.toString()));
        } catch (JournalException e) {
            throw new InputFieldException(path, e.getMessage());
        }
    }

    private static Optional<ActivityProfile> profile(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new InputFieldException(path, "must be null or a non-empty array of \"distance elevation pace gap\" lines");
        }
        List<ProfilePoint> points = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode line = node.get(i);
            try {
                if (!line.isTextual()) {
                    throw new IllegalArgumentException("must be a string, got " + line);
                }
                points.add(ProfileText.point(line.asText()));
            } catch (IllegalArgumentException e) {
                throw new InputFieldException(path + "[" + i + "]", e.getMessage());
            }
        }
        return Optional.of(new ActivityProfile(points));
    }

    /** Distances, times, climbing and paces are never negative; JSON has no NaN or infinity to worry about. */
    private static Optional<Double> measure(Fields f, String name) {
        Optional<Double> value = f.number(name);
        value.filter(v -> v < 0).ifPresent(v -> {
            throw new InputFieldException(f.pathOf(name), "must be 0 or more, got " + v);
        });
        return value;
    }

    private static Optional<Integer> atLeastZero(Fields f, String name, Optional<Integer> value) {
        value.filter(v -> v < 0).ifPresent(v -> {
            throw new InputFieldException(f.pathOf(name), "must be 0 or more, got " + v);
        });
        return value;
    }

    private static Instant instant(String field, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputFieldException(field, "must be an instant like 2019-06-15T09:42:23Z, got \"" + text + "\"");
        }
    }

    private static InputFieldException required(Fields f, String name) {
        return new InputFieldException(f.pathOf(name), "must be given");
    }
}
