package org.restwise.app.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.core.journal.DayNote;
import org.restwise.core.journal.StoredCheckIn;
import org.restwise.core.activity.ActivityRecord;
import org.restwise.core.journal.SavedCheckIn;
import org.restwise.core.journal.SessionEntry;

/**
 * The backup document: everything in the journal, versioned, in a fixed order (check-ins by date,
 * sessions as listed, each with its imported activity or {@code null}) and without ids or
 * timestamps, so export → restore → export is byte-identical.
 *
 * <p>Version 2 added {@code activity} to each session; version 1 documents (without) still restore.
 * Version 3 is one athlete's journal (a server holds many) and adds {@code notes}: the notes their
 * coaches and they wrote on their days, with each writer's address and time. Restoring leaves notes
 * out (they belong to their writers' accounts); every older version restores into one athlete.
 */
public final class JournalExportJson {

    public static final String FORMAT = "restwise-journal";
    public static final int VERSION = 3;

    private JournalExportJson() {
    }

    public static ObjectNode write(Optional<RunnerProfile> profile, List<SavedCheckIn> checkIns, List<SessionEntry> sessions,
            Map<Long, ActivityRecord> activitiesBySession) {
        return write(profile, checkIns, sessions, activitiesBySession, List.of());
    }

    public static ObjectNode write(Optional<RunnerProfile> profile, List<SavedCheckIn> checkIns, List<SessionEntry> sessions,
            Map<Long, ActivityRecord> activitiesBySession, List<DayNote> notes) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("format", FORMAT);
        json.put("version", VERSION);
        json.set("profile", profile.<JsonNode>map(ProfileJson::write).orElse(json.nullNode()));
        ArrayNode checkInArray = json.putArray("checkIns");
        for (SavedCheckIn saved : checkIns) {
            StoredCheckIn c = saved.entry();
            ObjectNode entry = checkInArray.addObject();
            entry.set("checkIn", CheckInInputJson.write(c.checkIn()));
            entry.put("decision", c.decision().name());
            entry.put("state", c.state().name());
            ArrayNode scenarios = entry.putArray("scenarios");
            c.scenarios().forEach(s -> scenarios.add(s.name()));
            ArrayNode flags = entry.putArray("redFlags");
            c.redFlags().forEach(f -> flags.add(f.name()));
            entry.set("advice", parseStored(saved.adviceJson()));
        }
        ArrayNode sessionArray = json.putArray("sessions");
        for (SessionEntry s : sessions) {
            ObjectNode entry = SessionJson.write(Optional.empty(), s.session());
            // The session's position carries the link: ids are not in the document.
            entry.set("activity", Optional.ofNullable(activitiesBySession.get(s.id()))
                    .<JsonNode>map(ActivityBackupJson::write).orElse(entry.nullNode()));
            sessionArray.add(entry);
        }
        ArrayNode noteArray = json.putArray("notes");
        for (DayNote note : notes) {
            noteArray.addObject().put("date", note.date().toString()).put("author", note.authorEmail())
                    .put("text", note.body()).put("writtenAt", note.writtenAt().toString());
        }
        return json;
    }

    private static JsonNode parseStored(String adviceJson) {
        try {
            return Json.mapper().readTree(adviceJson);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored decision is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
