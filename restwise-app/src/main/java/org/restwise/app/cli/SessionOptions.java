package org.restwise.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.restwise.app.json.Fields;
import org.restwise.app.json.InputFieldException;
import org.restwise.app.json.Json;
import org.restwise.app.json.PlausibleDates;
import org.restwise.app.json.SessionJson;
import org.restwise.core.activity.SessionType;
import org.restwise.core.advice.Modality;
import org.restwise.core.journal.LoggedSession;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * A session's fields as options, shared by {@code log} (a new session) and {@code sessions edit} (a
 * correction, where only the options given change anything). They are put into the JSON contract's
 * fields and read by the same checks, so an error names the option.
 */
final class SessionOptions {

    @Option(names = "--date", paramLabel = "DATE", description = "The day of the session, YYYY-MM-DD; for log, today when left out.")
    LocalDate date;
    @Option(names = "--start", paramLabel = "HH:MM", description = "When the session started, on its day.")
    LocalTime start;
    @Option(names = "--type", paramLabel = "TYPE", description = "What the session was, in any case: easy, hard-workout,"
            + " intervals, long-run, mountain-run, downhill-heavy, ultra-race, hundred-mile-race, cycling,"
            + " cross-training, hiking, other, or recovery; bike, ski, swim, row, hike and walk are understood too.")
    String type;
    @Option(names = "--minutes", paramLabel = "N", description = "How long it lasted, in minutes.")
    Integer minutes;
    @Option(names = "--rpe", paramLabel = "0-10", description = "How hard it felt as a whole, from 0 (rest) to 10 (maximal).")
    Integer rpe;
    @Option(names = "--distance-km", paramLabel = "KM", description = "The distance covered, in kilometres.")
    Double distanceKm;
    @Option(names = "--ascent-m", paramLabel = "M", description = "The climbing, in metres.")
    Double ascentM;
    @Option(names = "--descent-m", paramLabel = "M", description = "The descending, in metres.")
    Double descentM;
    @Option(names = "--modality", paramLabel = "WAY", description = "For a recovery session, how you moved:"
            + " walk, cycle, swim, aqua-jog or easy-jog.")
    String modality;
    @Option(names = "--loosened", paramLabel = "yes|no", arity = "1", converter = YesNo.class,
            description = "For a recovery session: did your legs loosen within ten minutes?")
    Boolean loosened;
    @Option(names = "--left-flatter", paramLabel = "yes|no", arity = "1", converter = YesNo.class,
            description = "For a recovery session: did it leave you flatter than before?")
    Boolean leftFlatter;

    boolean anyGiven() {
        return date != null || start != null || type != null || minutes != null || rpe != null || distanceKm != null
                || ascentM != null || descentM != null || modality != null || loosened != null || leftFlatter != null;
    }

    /**
     * Writes the options given into {@code json} (the contract's fields), leaving the others as they
     * are. A new date keeps the start's time of day on the new date.
     */
    void applyTo(ObjectNode json) {
        if (date != null) {
            json.put("date", date.toString());
            JsonNode oldStart = json.get("start");
            if (start == null && oldStart != null && oldStart.isTextual() && oldStart.asText().length() > 11) {
                json.put("start", date + oldStart.asText().substring(10));
            }
        }
        if (start != null) {
            json.put("start", LocalDate.parse(json.get("date").asText()).atTime(start).toString());
        }
        if (type != null) {
            json.put("type", sessionType(type));
        }
        putIfGiven(json, "minutes", minutes);
        putIfGiven(json, "rpe", rpe);
        putIfGiven(json, "distanceKm", distanceKm);
        putIfGiven(json, "ascentM", ascentM);
        putIfGiven(json, "descentM", descentM);
        if (modality != null || loosened != null || leftFlatter != null) {
            JsonNode existing = json.get("recovery");
            ObjectNode recovery = existing != null && existing.isObject() ? (ObjectNode) existing : json.putObject("recovery");
            if (modality != null) {
                recovery.put("modality", choice("--modality", modality, MODALITIES, Map.of()));
            }
            putIfGiven(recovery, "loosenedWithinTenMinutes", loosened);
            putIfGiven(recovery, "leftFlatter", leftFlatter);
        }
    }

    /** The contract's JSON read as a session, its errors naming the option that carried the field. */
    static LoggedSession read(ObjectNode json) {
        try {
            return readJson(json);
        } catch (InputFieldException e) {
            throw new UserInputException(option(e.field().orElse("")) + " " + e.problem().replace("\"", "'"));
        }
    }

    /** The contract's JSON read as a session, its errors naming the JSON field, as for JSON the runner wrote. */
    static LoggedSession readJson(ObjectNode json) {
        LoggedSession session = SessionJson.fromTree(json, "");
        PlausibleDates.check("date", session.date(), LocalDate.now());
        return session;
    }

    private static void putIfGiven(ObjectNode json, String field, Object value) {
        if (value != null) {
            json.set(field, Json.mapper().valueToTree(value));
        }
    }

    /** The session types as typed on the command line; recovery is a type here, a block in the contract. */
    private static final List<String> SESSION_TYPES = Stream.concat(
            Arrays.stream(SessionType.values()).filter(t -> t != SessionType.NONE).map(SessionOptions::words),
            Stream.of("recovery")).toList();
    private static final List<String> MODALITIES = Arrays.stream(Modality.values()).map(SessionOptions::words).toList();
    /** What runners call the sports Restwise files under a broader type. */
    private static final Map<String, String> TYPE_SYNONYMS = Map.ofEntries(
            Map.entry("bike", "cycling"), Map.entry("ride", "cycling"), Map.entry("cycle", "cycling"),
            Map.entry("ski", "cross-training"), Map.entry("skiing", "cross-training"),
            Map.entry("swim", "cross-training"), Map.entry("swimming", "cross-training"),
            Map.entry("row", "cross-training"), Map.entry("rowing", "cross-training"),
            Map.entry("elliptical", "cross-training"), Map.entry("hike", "hiking"), Map.entry("walk", "hiking"),
            Map.entry("race", "ultra-race"), Map.entry("ultra", "ultra-race"), Map.entry("long", "long-run"));

    /** "long-run", "Long run" and "LONG_RUN" name LONG_RUN; "bike" names CYCLING. */
    static String sessionType(String words) {
        return choice("--type", words, SESSION_TYPES, TYPE_SYNONYMS);
    }

    /**
     * The contract's constant for a choice typed in any case, with spaces or hyphens, or as a synonym;
     * anything else is refused with the choices and the nearest one.
     */
    private static String choice(String option, String words, List<String> allowed, Map<String, String> synonyms) {
        String typed = words.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        String chosen = synonyms.getOrDefault(typed, typed);
        if (!allowed.contains(chosen)) {
            String nearest = allowed.stream().min(Comparator.comparingInt(c -> Fields.editDistance(typed, c)))
                    .filter(c -> Fields.editDistance(typed, c) <= Math.max(2, typed.length() / 3))
                    .map(c -> " Did you mean " + c + "?").orElse("");
            throw new UserInputException(option + " must be one of " + String.join(", ", allowed) + ", got '" + words
                    + "'." + nearest);
        }
        return constant(chosen);
    }

    private static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "long-run", "Long run" and "LONG_RUN" all name LONG_RUN. */
    static String constant(String words) {
        return words.strip().replaceAll("[\\s-]+", "_").toUpperCase(Locale.ROOT);
    }

    /** The option that carries a contract field: "distanceKm" is --distance-km, "recovery.modality" --modality. */
    static String option(String field) {
        String name = switch (field) {
            case "recovery.loosenedWithinTenMinutes" -> "loosened";
            case "recovery" -> "modality";
            default -> field.substring(field.lastIndexOf('.') + 1);
        };
        return "--" + name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** yes/no (or true/false), in any case. */
    static final class YesNo implements CommandLine.ITypeConverter<Boolean> {
        @Override
        public Boolean convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true" -> true;
                case "no", "n", "false" -> false;
                default -> throw new CommandLine.TypeConversionException("say yes or no, got '" + value + "'");
            };
        }
    }
}
