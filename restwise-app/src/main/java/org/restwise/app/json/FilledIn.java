package org.restwise.app.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Map;

/**
 * The lines under a decision that say which values the journal or the profile supplied, read from
 * the check-in output's {@code context}, {@code athlete} and {@code journalSignals} blocks, so a
 * fresh and a stored decision explain themselves the same way.
 */
public final class FilledIn {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("lastSession", "Last hard session"),
            Map.entry("hoursSinceLastSession", "Hours since it ended"),
            Map.entry("domsDays", "Days this soreness has lasted"),
            Map.entry("recoverySessionsLeftFlatter", "Recent recovery sessions that left you flatter"),
            Map.entry("weeksOfPersistentFatigue", "Weeks of feeling tired all the time"),
            Map.entry("maxHeartRate", "Maximum heart rate"),
            Map.entry("restingHeartRate", "Resting heart rate"),
            Map.entry("lactateThresholdHeartRate", "Threshold heart rate"),
            Map.entry("usualDomsDays", "Days soreness usually lasts"),
            Map.entry("shortSleepNights", "Short nights lately"),
            Map.entry("irritability", "Irritability"));

    private FilledIn() {
    }

    /** The lines, each session type named by {@code sessionWords} ("MOUNTAIN_RUN" → the page's or the terminal's words). */
    public static List<String> lines(JsonNode output, UnaryOperator<String> sessionWords) {
        List<String> lines = new ArrayList<>();
        for (String group : List.of("context", "athlete", "journalSignals")) {
            output.path(group).properties().forEach(field -> {
                String source = field.getValue().path("source").asText();
                if (source.equals("derived") || source.equals("profile")) {
                    lines.add(LABELS.getOrDefault(field.getKey(), field.getKey()) + ": "
                            + value(field.getKey(), field.getValue().path("value"), sessionWords)
                            + (source.equals("profile") ? " — from your profile"
                                    : " — from your journal (" + field.getValue().path("why").asText() + ")"));
                }
            });
        }
        return lines;
    }

    private static String value(String field, JsonNode value, UnaryOperator<String> sessionWords) {
        if (value.isBoolean()) {
            return value.asBoolean() ? "yes" : "no";
        }
        if (field.equals("lastSession")) {
            return sessionWords.apply(value.asText());
        }
        return value.asText();
    }
}
