package org.restwise.app.cli;

import org.restwise.core.access.AthleteId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.restwise.app.journal.RecoveryDoseReview;
import org.restwise.app.json.InputFieldException;
import org.restwise.app.json.Json;
import org.restwise.app.json.PlausibleDates;
import org.restwise.app.json.SessionJson;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.SessionEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code restwise log --type easy --minutes 40 --rpe 3} or {@code restwise log --json FILE|-}: records
 * a training or recovery session in the journal.
 */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"Record a training or recovery session in the journal, with options"
            + " (restwise log --type easy --minutes 40 --rpe 3) or as JSON (--json).",
            "The JSON fields are date, start (optional), type, minutes, and optionally rpe, distanceKm, ascentM"
                + " and descentM; a RECOVERY session adds a recovery block (modality, loosenedWithinTenMinutes,"
                + " leftFlatter).",
            "A recovery session is checked against the recovery dose: over 40 minutes is medium work."
                + " Prints the stored session with its id."})
public final class LogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database;
    @Option(names = "--json", paramLabel = "FILE", description = "The session as JSON; - reads standard input.")
    String file;
    @Option(names = "--date", paramLabel = "DATE", description = "The day of the session, YYYY-MM-DD; today when left out.")
    LocalDate date;
    @Option(names = "--start", paramLabel = "HH:MM", description = "When the session started, on its day.")
    LocalTime start;
    @Option(names = "--type", paramLabel = "TYPE", description = "What the session was, in any case: easy, hard-workout,"
            + " intervals, long-run, mountain-run, downhill-heavy, ultra-race, hundred-mile-race, cycling,"
            + " cross-training, hiking, other, or recovery.")
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

    @Override
    public Integer call() {
        // Parse and validate everything before the journal is touched: bad input stores nothing.
        LoggedSession session = file != null ? fromJson() : fromOptions();
        PlausibleDates.check("date", session.date(), LocalDate.now());
        SessionEntry stored = database.journal().write(journal -> {
            LoggedSession reviewed = RecoveryDoseReview.review(journal, session, Optional.empty());
            return new SessionEntry(journal.sessions().add(reviewed), reviewed);
        });
        spec.commandLine().getOut().println(Json.pretty(SessionJson.write(Optional.of(stored.id()), stored.session())));
        return 0;
    }

    private LoggedSession fromJson() {
        if (type != null || minutes != null || date != null || start != null || rpe != null || distanceKm != null
                || ascentM != null || descentM != null || modality != null || loosened != null || leftFlatter != null) {
            throw new UserInputException("give the session either with --json or with options such as --type, not both");
        }
        return SessionJson.parse(InputSource.read(file, System.in));
    }

    /** The options as the JSON contract spells them, read by the same checks, with errors naming the option. */
    private LoggedSession fromOptions() {
        if (type == null) {
            throw new UserInputException("say what the session was with --type (for example --type easy), or give --json FILE");
        }
        LocalDate day = date != null ? date : LocalDate.now();
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("date", day.toString());
        if (start != null) {
            json.put("start", day.atTime(start).toString());
        }
        json.put("type", constant(type));
        json.set("minutes", Json.mapper().valueToTree(minutes));
        json.set("rpe", Json.mapper().valueToTree(rpe));
        json.set("distanceKm", Json.mapper().valueToTree(distanceKm));
        json.set("ascentM", Json.mapper().valueToTree(ascentM));
        json.set("descentM", Json.mapper().valueToTree(descentM));
        if (modality != null || loosened != null || leftFlatter != null) {
            ObjectNode recovery = json.putObject("recovery");
            recovery.put("modality", modality == null ? null : constant(modality));
            recovery.set("loosenedWithinTenMinutes", Json.mapper().valueToTree(loosened));
            recovery.set("leftFlatter", Json.mapper().valueToTree(leftFlatter));
        }
        try {
            PlausibleDates.check("date", day, LocalDate.now());
            return SessionJson.fromTree(json, "");
        } catch (InputFieldException e) {
            throw new UserInputException(option(e.field().orElse("")) + " " + e.problem().replace("\"", "'"));
        }
    }

    /** "long-run", "Long run" and "LONG_RUN" all name LONG_RUN. */
    static String constant(String words) {
        return words.strip().replaceAll("[\\s-]+", "_").toUpperCase(Locale.ROOT);
    }

    /** The option that carries a contract field: "distanceKm" is --distance-km, "recovery.modality" --modality. */
    private static String option(String field) {
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
