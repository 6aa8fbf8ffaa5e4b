package org.restwise.app.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.restwise.app.cli.UserInputException;
import org.restwise.core.activity.SessionType;
import org.restwise.core.advice.Modality;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RecoveryBlock;

/** The {@code log} contract: a logged session to and from JSON. */
public final class SessionJson {

    private SessionJson() {
    }

    /** Parses and validates a whole session; throws {@link UserInputException} naming the field. */
    public static LoggedSession parse(JsonNode json) {
        StrictObject o = new StrictObject(json, "");
        Optional<LocalDate> date = o.optionalDate("date");
        Optional<LocalDateTime> start = o.optionalDateTime("start");
        String typeName = o.required("type", o.optionalText("type"));
        Optional<SessionType> type = LoggedSession.RECOVERY.equals(typeName) ? Optional.empty() : Optional.of(sessionType(typeName));
        int minutes = o.required("minutes", o.optionalInt("minutes"));
        Optional<Integer> rpe = o.optionalInt("rpe");
        Optional<Double> distanceKm = o.optionalDouble("distanceKm");
        Optional<Double> ascentM = o.optionalDouble("ascentM");
        Optional<Double> descentM = o.optionalDouble("descentM");
        Optional<RecoveryBlock> recovery = o.optionalObject("recovery").map(SessionJson::recovery);
        o.rejectUnknownFields();
        LocalDate day = date.or(() -> start.map(LocalDateTime::toLocalDate))
                .orElseThrow(() -> new UserInputException("date must be given"));
        try {
            return new LoggedSession(day, start, type, minutes, rpe, distanceKm, ascentM, descentM, recovery);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    private static SessionType sessionType(String name) {
        try {
            return SessionType.valueOf(name);
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (SessionType t : SessionType.values()) {
                allowed.append(t.name()).append(", ");
            }
            throw new UserInputException("type must be one of " + allowed + LoggedSession.RECOVERY + ", got \"" + name + "\"");
        }
    }

    private static RecoveryBlock recovery(StrictObject o) {
        Modality modality = o.required("modality", o.optionalEnum("modality", Modality.class));
        Optional<Boolean> loosened = o.optionalBoolean("loosenedWithinTenMinutes");
        Optional<Boolean> flatter = o.optionalBoolean("leftFlatter");
        o.rejectUnknownFields();
        return new RecoveryBlock(modality, loosened, flatter);
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
        } else {
            json.putNull("recovery");
        }
        return json;
    }
}
