package org.restwise.app.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import org.restwise.core.activity.SessionType;
import org.restwise.core.advice.Modality;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RecoveryBlock;

/** The {@code log} contract: a logged session to and from JSON. */
public final class SessionJson {

    private SessionJson() {
    }

    private static final Set<String> FIELDS = Set.of("date", "start", "type", "minutes", "rpe", "distanceKm",
            "ascentM", "descentM", "recovery");
    private static final Set<String> RECOVERY_FIELDS = Set.of("modality", "loosenedWithinTenMinutes", "leftFlatter",
            "turnedIntoMediumWork", "mediumWorkReason");
    /** The reason kept when a runner (or a backup) marks a session as medium work without saying why. */
    static final String MARKED_AS_MEDIUM_WORK = "marked as medium work";

    /** Parses and validates a whole session; throws {@link InputFieldException} naming the field. */
    public static LoggedSession parse(String text) {
        return fromTree(CheckInJson.readObject(text), "");
    }

    public static LoggedSession fromTree(ObjectNode json, String path) {
        Fields f = new Fields(json, path, FIELDS);
        Optional<LocalDate> date = f.text("date").map(text -> CheckInJson.date(f.pathOf("date"), text));
        Optional<LocalDateTime> start = f.text("start").map(text -> dateTime(f.pathOf("start"), text));
        String typeName = f.text("type").orElseThrow(() -> new InputFieldException(f.pathOf("type"), "must be given"));
        Optional<SessionType> type = LoggedSession.RECOVERY.equals(typeName)
                ? Optional.empty() : Optional.of(sessionType(f.pathOf("type"), typeName));
        int minutes = f.integer("minutes").orElseThrow(() -> new InputFieldException(f.pathOf("minutes"), "must be given"));
        Optional<Integer> rpe = f.integer("rpe");
        Optional<Double> distanceKm = f.number("distanceKm");
        Optional<Double> ascentM = f.number("ascentM");
        Optional<Double> descentM = f.number("descentM");
        Optional<RecoveryBlock> recovery = f.object("recovery", RECOVERY_FIELDS).map(SessionJson::recovery);
        LocalDate day = date.or(() -> start.map(LocalDateTime::toLocalDate))
                .orElseThrow(() -> new InputFieldException(f.pathOf("date"), "must be given"));
        try {
            return f.build(() -> new LoggedSession(day, start, type, minutes, rpe, distanceKm, ascentM, descentM, recovery));
        } catch (InputFieldException e) {
            // The session's own checks name bare fields; inside a backup they need the entry's path.
            throw new InputFieldException(f.pathOf(e.field().orElse("")), e.problem());
        }
    }

    private static LocalDateTime dateTime(String field, String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputFieldException(field, "must be a local date-time like 2026-11-29T07:30, got \"" + text + "\"");
        }
    }

    private static SessionType sessionType(String field, String name) {
        try {
            return SessionType.valueOf(name);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(SessionType.values()).map(Enum::name).collect(Collectors.joining(", "));
            throw new InputFieldException(field, "unknown value \"" + name + "\"; expected one of " + allowed + ", "
                    + LoggedSession.RECOVERY);
        }
    }

    private static RecoveryBlock recovery(Fields f) {
        Modality modality = f.enumeration("modality", Modality.class)
                .orElseThrow(() -> new InputFieldException(f.pathOf("modality"), "must be given"));
        // Written by Restwise's dose check; read back so that a backup restores it and a runner can set it.
        Optional<String> reason = f.text("mediumWorkReason");
        Optional<String> mediumWork = f.bool("turnedIntoMediumWork").orElse(false)
                ? Optional.of(reason.orElse(MARKED_AS_MEDIUM_WORK)) : Optional.empty();
        return new RecoveryBlock(modality, f.bool("loosenedWithinTenMinutes"), f.bool("leftFlatter"), mediumWork);
    }

    /** The session as the contract spells it; {@code id} first when the journal has one. */
    public static ObjectNode write(Optional<Long> id, LoggedSession s) {
        ObjectNode json = Json.mapper().createObjectNode();
        id.ifPresent(value -> json.put("id", value));
        json.put("date", s.date().toString());
        json.put("start", s.start().map(LocalDateTime::toString).orElse(null));
        json.put("type", s.typeName());
        json.put("minutes", s.minutes());
        json.put("rpe", s.rpe().orElse(null));
        json.put("distanceKm", s.distanceKm().orElse(null));
        json.put("ascentM", s.ascentM().orElse(null));
        json.put("descentM", s.descentM().orElse(null));
        if (s.recovery().isPresent()) {
            RecoveryBlock r = s.recovery().get();
            ObjectNode block = json.putObject("recovery");
            block.put("modality", r.modality().name());
            block.put("loosenedWithinTenMinutes", r.loosenedWithinTenMinutes().orElse(null));
            block.put("leftFlatter", r.leftFlatter().orElse(null));
            block.put("turnedIntoMediumWork", r.turnedIntoMediumWork());
            block.put("mediumWorkReason", r.mediumWork().orElse(null));
        } else {
            json.putNull("recovery");
        }
        return json;
    }
}
