package org.restwise.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.restwise.app.journal.RecoveryDoseReview;
import org.restwise.app.json.Json;
import org.restwise.app.json.PlausibleDates;
import org.restwise.app.json.SessionJson;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.SessionEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
    @Mixin
    SessionOptions fields;

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
        if (fields.anyGiven()) {
            throw new UserInputException("give the session either with --json or with options such as --type, not both");
        }
        return SessionJson.parse(InputSource.read(file, System.in));
    }

    /** The options as the JSON contract spells them, read by the same checks, with errors naming the option. */
    private LoggedSession fromOptions() {
        if (fields.type == null) {
            throw new UserInputException("say what the session was with --type (for example --type easy), or give --json FILE");
        }
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("date", LocalDate.now().toString());
        fields.applyTo(json);
        if (fields.minutes == null) {
            json.putNull("minutes");
        }
        return SessionOptions.read(json);
    }
}
