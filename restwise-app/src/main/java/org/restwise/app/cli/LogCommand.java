package org.restwise.app.cli;

import org.restwise.core.access.AthleteId;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restwise log --json FILE|-}: records a training or recovery session in the journal. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"Record a training or recovery session in the journal, from JSON.",
            "Fields: date, optional start, type (a lastSession value or RECOVERY), minutes,",
            "optional rpe, distanceKm, ascentM, descentM; RECOVERY sessions add a recovery block",
            "(modality, loosenedWithinTenMinutes, leftFlatter), checked against the recovery dose (over 40 minutes",
            "is medium work). Prints the stored session with its id."})
public final class LogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database;
    @Option(names = "--json", paramLabel = "FILE", required = true, description = "The session as JSON; - reads standard input.")
    String file;

    @Override
    public Integer call() {
        // Parse and validate everything before the journal is touched: bad input stores nothing.
        LoggedSession session = SessionJson.parse(InputSource.read(file, System.in));
        PlausibleDates.check("date", session.date(), LocalDate.now());
        SessionEntry stored = database.journal().write(journal -> {
            LoggedSession reviewed = RecoveryDoseReview.review(journal, session, Optional.empty());
            return new SessionEntry(journal.sessions().add(reviewed), reviewed);
        });
        spec.commandLine().getOut().println(Json.pretty(SessionJson.write(Optional.of(stored.id()), stored.session())));
        return 0;
    }
}
