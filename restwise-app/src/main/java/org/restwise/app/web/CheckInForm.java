package org.restwise.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.restwise.app.json.InputFieldException;

/**
 * The check-in form as the {@code advise} input contract. Form fields are named by their contract
 * path ({@code signals.soreness}), so the strict JSON reader judges the form exactly as it judges
 * the API, and the field it names is the field the error is shown beside.
 */
final class CheckInForm {

    private enum Kind { FLAG, WHOLE, NUMBER, CHOICE, JUMP }

    /** The three jump fields, gathered into the contract's {@code body.jumpsCm}. */
    static final List<String> JUMPS = List.of("body.jump1", "body.jump2", "body.jump3");

    private static final Map<String, Kind> FIELDS = new LinkedHashMap<>();

    static {
        for (String flag : List.of("heavyLegs", "stiffness", "puffyLegs", "swelling", "sharpPain", "oneSidedPain", "alteredGait",
                "symptomsWorsening", "lowMood", "unusualHunger", "easyEffortFeelsExpensive", "irritability",
                "lowMotivation", "ill", "urgeToEarnRecovery")) {
            FIELDS.put("signals." + flag, Kind.FLAG);
        }
        FIELDS.put("signals.soreness", Kind.WHOLE);
        FIELDS.put("signals.sleepHours", Kind.NUMBER);
        FIELDS.put("signals.shortSleepNights", Kind.WHOLE);
        FIELDS.put("signals.tenMinuteTest", Kind.CHOICE);
        FIELDS.put("context.lastSession", Kind.CHOICE);
        FIELDS.put("context.hoursSinceLastSession", Kind.NUMBER);
        FIELDS.put("context.nextHardEffortInHours", Kind.NUMBER);
        FIELDS.put("context.trainingBlock", Kind.CHOICE);
        FIELDS.put("context.timeOfDay", Kind.CHOICE);
        FIELDS.put("context.domsDays", Kind.WHOLE);
        FIELDS.put("context.recoverySessionsLeftFlatter", Kind.WHOLE);
        FIELDS.put("context.weeksOfPersistentFatigue", Kind.WHOLE);
        FIELDS.put("athlete.maxHeartRate", Kind.WHOLE);
        FIELDS.put("athlete.lactateThresholdHeartRate", Kind.WHOLE);
        FIELDS.put("athlete.usualDomsDays", Kind.WHOLE);
        FIELDS.put("body.rmssdMs", Kind.NUMBER);
        FIELDS.put("body.restingHeartRateBpm", Kind.WHOLE);
        JUMPS.forEach(jump -> FIELDS.put(jump, Kind.JUMP));
    }

    /**
     * The form field a contract path's error belongs beside: the jumps' list is three fields here
     * ({@code body.jumpsCm[1]} is the second jump).
     */
    static String formField(String contractPath) {
        if (contractPath.startsWith("body.jumpsCm")) {
            int open = contractPath.indexOf('[');
            int jump = open < 0 ? 0 : Integer.parseInt(contractPath.substring(open + 1, contractPath.indexOf(']')));
            return JUMPS.get(Math.min(jump, JUMPS.size() - 1));
        }
        return contractPath;
    }

    private CheckInForm() {
    }

    static boolean isOnTheForm(String name) {
        return FIELDS.containsKey(name);
    }

    /** Refuses a field of the check-in form sent twice (see {@link Form#requireOnce}). */
    static void requireOnce(Map<String, List<String>> form) {
        Form.requireOnce(form, FIELDS.keySet());
    }

    /** What the runner typed, field by field, blank fields left out; other form fields are ignored. */
    static Map<String, String> values(Map<String, List<String>> form) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.keySet().forEach(name -> {
            List<String> given = form.getOrDefault(name, List.of());
            if (!given.isEmpty() && !given.get(0).isBlank()) {
                values.put(name, given.get(0).strip());
            }
        });
        return values;
    }

    /** The values as contract JSON; a value that is not even a number is refused here, ranges later. */
    static ObjectNode toJson(Map<String, String> values) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        values.forEach((name, text) -> {
            int dot = name.indexOf('.');
            ObjectNode group = root.withObjectProperty(name.substring(0, dot));
            String field = name.substring(dot + 1);
            switch (FIELDS.get(name)) {
                case FLAG -> group.put(field, Form.ticked(name, text));
                case CHOICE -> group.put(field, text);
                case WHOLE, NUMBER -> group.put(field, number(name, text, FIELDS.get(name) == Kind.WHOLE));
                case JUMP -> { }
            }
        });
        if (JUMPS.stream().anyMatch(values::containsKey)) {
            var jumps = root.withObjectProperty("body").putArray("jumpsCm");
            for (String jump : JUMPS) {
                if (!values.containsKey(jump)) {
                    throw new InputFieldException(jump, "give all three jumps, or none");
                }
                jumps.add(number(jump, values.get(jump), false));
            }
        }
        return root;
    }

    /** The contract JSON back as form values, to fill the form in again. */
    static Map<String, String> values(ObjectNode checkIn) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode jumps = checkIn.path("body").path("jumpsCm");
        for (int i = 0; i < Math.min(jumps.size(), JUMPS.size()); i++) {
            values.put(JUMPS.get(i), jumps.get(i).asText());
        }
        for (Map.Entry<String, JsonNode> group : checkIn.properties()) {
            for (Map.Entry<String, JsonNode> field : group.getValue().properties()) {
                String name = group.getKey() + "." + field.getKey();
                if (FIELDS.containsKey(name) && !field.getValue().isNull()) {
                    values.put(name, field.getValue().asText());
                }
            }
        }
        return values;
    }

    /** No form field means anything near this; beyond it a number is a slip of the keyboard (or 1e308). */
    static final double FORM_NUMBER_LIMIT = 1e9;

    /** A typed number; {@code whole} refuses fractions. Shared by every form. */
    static BigDecimal number(String name, String text, boolean whole) {
        try {
            BigDecimal value = new BigDecimal(text.replace(',', '.'));
            // Checked first: a double would turn 1e400 into Infinity, and the whole-number test below
            // would work through every digit of a thousand-digit number.
            if (value.abs().compareTo(BigDecimal.valueOf(FORM_NUMBER_LIMIT)) > 0) {
                throw new InputFieldException(name, "is far too large: " + text);
            }
            if (whole && value.stripTrailingZeros().scale() > 0) {
                throw new InputFieldException(name, "must be a whole number, got " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InputFieldException(name, "must be a number, got \"" + text + "\"");
        }
    }
}
