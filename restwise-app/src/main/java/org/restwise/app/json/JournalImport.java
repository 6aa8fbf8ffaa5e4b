package org.restwise.app.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.restwise.core.advice.Decision;
import org.restwise.core.advice.LimiterState;
import org.restwise.core.advice.RedFlag;
import org.restwise.core.advice.Scenario;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.core.activity.ActivityRecord;

/**
 * A backup document read back, validated whole before anything is written: the same strict
 * parsers as the live commands, with each error naming the entry ({@code checkIns[3].signals.soreness}).
 */
public record JournalImport(Optional<RunnerProfile> profile, List<CheckInEntry> checkIns, List<SessionEntry> sessions,
        int notesLeftOut) {

    /** One stored check-in with its decision and the advice output as it was printed. */
    public record CheckInEntry(CheckIn checkIn, Decision decision, LimiterState state, List<Scenario> scenarios,
            List<RedFlag> redFlags, String adviceJson) {
    }

    /** A logged session and, from version 2 on, the activity it was imported from. */
    public record SessionEntry(LoggedSession session, Optional<ActivityRecord> activity) {
    }

    private static final Set<String> TOP = Set.of("format", "version", "profile", "checkIns", "sessions", "notes");
    private static final Set<String> ENTRY = Set.of("checkIn", "decision", "state", "scenarios", "redFlags", "advice");

    public static JournalImport parse(String text) {
        Fields top = new Fields(CheckInJson.readObject(text), "", TOP);
        String format = top.text("format").orElse("");
        if (!JournalExportJson.FORMAT.equals(format)) {
            throw new InputFieldException("format", "must be \"" + JournalExportJson.FORMAT + "\": this is not a Restwise export");
        }
        int version = top.integer("version").orElseThrow(() -> new InputFieldException("version", "must be given"));
        if (version < 1) {
            throw new InputFieldException("version", "must be 1 or more, got " + version);
        }
        if (version > JournalExportJson.VERSION) {
            throw new InputFieldException("version", version + " was written by a newer Restwise (this build reads up to "
                    + JournalExportJson.VERSION + "): upgrade Restwise to restore it");
        }
        JsonNode root = CheckInJson.readObject(text);
        Optional<RunnerProfile> profile = Optional.empty();
        if (root.hasNonNull("profile")) {
            profile = Optional.of(ProfileJson.fromBackup(object(root.get("profile"), "profile"), "profile"));
        }
        List<CheckInEntry> checkIns = new ArrayList<>();
        Set<LocalDate> dates = new HashSet<>();
        JsonNode checkInArray = array(root, "checkIns");
        for (int i = 0; i < checkInArray.size(); i++) {
            CheckInEntry entry = checkIn(object(checkInArray.get(i), "checkIns[" + i + "]"), "checkIns[" + i + "]");
            if (!dates.add(entry.checkIn().date())) {
                throw new InputFieldException("checkIns[" + i + "].checkIn.date", "a second check-in for " + entry.checkIn().date());
            }
            checkIns.add(entry);
        }
        List<SessionEntry> sessions = new ArrayList<>();
        Map<String, Integer> sessionOfFingerprint = new HashMap<>();
        JsonNode sessionArray = array(root, "sessions");
        for (int i = 0; i < sessionArray.size(); i++) {
            String path = "sessions[" + i + "]";
            SessionEntry entry = session(object(sessionArray.get(i), path), path, version);
            Optional<String> fingerprint = entry.activity().map(ActivityRecord::fingerprint);
            int index = i;
            Integer first = fingerprint.map(fp -> sessionOfFingerprint.putIfAbsent(fp, index)).orElse(null);
            if (first != null) {
                throw new InputFieldException(path + ".activity.fingerprint", "the same activity as sessions[" + first + "]");
            }
            sessions.add(entry);
        }
        int notes = 0;
        if (root.has("notes")) {
            notes = array(root, "notes").size();
            if (version < 3 && notes > 0) {
                throw new InputFieldException("notes", "came in version 3; this document says version " + version);
            }
        }
        return new JournalImport(profile, checkIns, sessions, notes);
    }

    private static SessionEntry session(ObjectNode node, String path, int version) {
        if (version < 2) {
            // Version 1 had no activities: an "activity" there is an unknown field, as it was then.
            return new SessionEntry(SessionJson.fromTree(node, path), Optional.empty());
        }
        ObjectNode session = node.deepCopy();
        JsonNode activity = session.remove("activity");
        Optional<ActivityRecord> record = activity == null || activity.isNull() ? Optional.empty()
                : Optional.of(ActivityBackupJson.fromTree(object(activity, path + ".activity"), path + ".activity"));
        return new SessionEntry(SessionJson.fromTree(session, path), record);
    }

    private static CheckInEntry checkIn(ObjectNode node, String path) {
        Fields f = new Fields(node, path, ENTRY);
        ObjectNode given = object(node.get("checkIn"), path + ".checkIn");
        if (!given.hasNonNull("date")) {
            throw new InputFieldException(path + ".checkIn.date", "must be given");
        }
        CheckIn checkIn;
        try {
            checkIn = CheckInJson.fromBackup(given, LocalDate.EPOCH);
        } catch (InputFieldException e) {
            throw new InputFieldException(path + ".checkIn." + e.field().orElse(""), e.problem());
        }
        Decision decision = f.enumeration("decision", Decision.class).orElseThrow(() -> missing(path, "decision"));
        LimiterState state = f.enumeration("state", LimiterState.class).orElseThrow(() -> missing(path, "state"));
        List<Scenario> scenarios = names(node, path, "scenarios", Scenario.class);
        List<RedFlag> redFlags = names(node, path, "redFlags", RedFlag.class);
        ObjectNode advice = object(node.get("advice"), path + ".advice");
        return new CheckInEntry(checkIn, decision, state, scenarios, redFlags, Json.pretty(advice));
    }

    private static <E extends Enum<E>> List<E> names(ObjectNode node, String path, String field, Class<E> type) {
        JsonNode array = array(node, field, path);
        List<E> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode value = array.get(i);
            try {
                values.add(Enum.valueOf(type, value.asText()));
            } catch (IllegalArgumentException e) {
                throw new InputFieldException(path + "." + field + "[" + i + "]", "unknown value " + value);
            }
        }
        return values;
    }

    private static InputFieldException missing(String path, String field) {
        return new InputFieldException(path + "." + field, "must be given");
    }

    private static ObjectNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new InputFieldException(path, "must be an object");
        }
        return (ObjectNode) node;
    }

    private static JsonNode array(JsonNode parent, String field) {
        return array(parent, field, "");
    }

    private static JsonNode array(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        String name = path.isEmpty() ? field : path + "." + field;
        if (node == null || !node.isArray()) {
            throw new InputFieldException(name, "must be an array");
        }
        return node;
    }
}
