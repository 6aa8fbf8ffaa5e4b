package org.restwise.app.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.units.Lengths;

/**
 * The session form as the {@code log} contract, so the strict reader judges a logged session the same
 * way from the browser, the API and the command line. Fields are named by their contract path;
 * distances typed in miles and feet are converted to the contract's km and metres first.
 */
final class SessionForm {

    static final List<String> FIELDS = List.of("date", "start", "type", "minutes", "rpe", "distanceKm", "ascentM",
            "descentM", "recovery.modality", "recovery.loosenedWithinTenMinutes", "recovery.leftFlatter");

    private SessionForm() {
    }

    static ObjectNode toJson(Map<String, String> values, boolean imperial) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        values.forEach((name, text) -> {
            switch (name) {
                case "date", "type" -> json.put(name, text);
                // A time of day on the session's date: the contract's start is a local date-time.
                case "start" -> json.put(name, values.getOrDefault("date", "") + "T" + text);
                case "minutes", "rpe" -> json.put(name, CheckInForm.number(name, text, true));
                case "distanceKm" -> json.put(name, imperial
                        ? BigDecimal.valueOf(Lengths.milesToKilometres(number(name, text))) : CheckInForm.number(name, text, false));
                case "ascentM", "descentM" -> json.put(name, imperial
                        ? BigDecimal.valueOf(Lengths.feetToMetres(number(name, text))) : CheckInForm.number(name, text, false));
                default -> { }
            }
        });
        if ("RECOVERY".equals(values.get("type"))) {
            ObjectNode recovery = json.putObject("recovery");
            if (values.containsKey("recovery.modality")) {
                recovery.put("modality", values.get("recovery.modality"));
            }
            putAnswer(recovery, "loosenedWithinTenMinutes", values.get("recovery.loosenedWithinTenMinutes"));
            putAnswer(recovery, "leftFlatter", values.get("recovery.leftFlatter"));
        }
        return json;
    }

    /** The form's values for a stored session, in the runner's units: what its edit page starts from. */
    static Map<String, String> values(LoggedSession session, boolean imperial) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("date", session.date().toString());
        session.start().ifPresent(start -> values.put("start", start.toLocalTime().toString()));
        values.put("type", session.typeName());
        values.put("minutes", String.valueOf(session.minutes()));
        session.rpe().ifPresent(rpe -> values.put("rpe", String.valueOf(rpe)));
        session.distanceKm().ifPresent(km -> values.put("distanceKm",
                shown(imperial ? Lengths.kilometresToMiles(km) : km)));
        session.ascentM().ifPresent(m -> values.put("ascentM", shown(imperial ? Lengths.metresToFeet(m) : m)));
        session.descentM().ifPresent(m -> values.put("descentM", shown(imperial ? Lengths.metresToFeet(m) : m)));
        session.recovery().ifPresent(r -> {
            values.put("recovery.modality", r.modality().name());
            r.loosenedWithinTenMinutes().ifPresent(yes -> values.put("recovery.loosenedWithinTenMinutes", yes ? "yes" : "no"));
            r.leftFlatter().ifPresent(yes -> values.put("recovery.leftFlatter", yes ? "yes" : "no"));
        });
        return values;
    }

    private static String shown(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    /** A yes / no / not-sure select: not sure leaves the answer out. */
    private static void putAnswer(ObjectNode recovery, String field, String answer) {
        Form.answer("recovery." + field, answer).ifPresent(yes -> recovery.put(field, yes));
    }

    private static double number(String name, String text) {
        return CheckInForm.number(name, text, false).doubleValue();
    }
}
