package org.restwise.app.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.restwise.app.json.Json;
import org.restwise.app.json.SessionJson;
import org.restwise.core.journal.LoggedSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restwise log --json FILE|-}: records a training or recovery session in the journal. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"Record a session: date, optional start, type (a lastSession value or RECOVERY), minutes,",
            "optional rpe, distanceKm, ascentM, descentM; RECOVERY sessions add a recovery block",
            "(modality, loosenedWithinTenMinutes, leftFlatter). Prints the stored session with its id."})
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
        long id = database.open().write(journal -> journal.sessions().add(session));
        spec.commandLine().getOut().println(Json.pretty(SessionJson.write(Optional.of(id), session)));
        return 0;
    }
}
