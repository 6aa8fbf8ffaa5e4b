package org.restwise.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.time.Clock;
import org.restwise.app.access.AthleteJournal;
import org.restwise.app.auth.Accounts;
import org.restwise.app.access.Requester;
import org.restwise.app.Restwise;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --db} option every journal command shares. Where the journal lives, first match wins:
 * {@code --db}, then {@code RESTWISE_DB}, then {@code restwise.db} in {@code RESTWISE_HOME}
 * (default {@code ~/.restwise}, created on first use).
 */
public final class DatabaseOption {

    /**
     * How long a command's write waits for another program's before it gives up. Long: restores and
     * imports commit in small groups and let others in between, so only a stuck program makes a
     * command wait this long, and the command says that it waits.
     */
    static final Duration COMMAND_PATIENCE = Duration.ofMinutes(10);

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "The journal's database: jdbc:postgresql://host:port/db?user=… or jdbc:sqlite:FILE. "
                    + "Default: $RESTWISE_DB, else $RESTWISE_HOME/restwise.db (RESTWISE_HOME defaults to ~/.restwise).")
    String db;

    /** The URL this invocation uses, from the option and the environment. */
    String url(Map<String, String> environment) {
        if (db != null && !db.isBlank()) {
            return db;
        }
        String fromEnvironment = environment.get("RESTWISE_DB");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        String home = environment.get("RESTWISE_HOME");
        Path dir = home != null && !home.isBlank()
                ? Path.of(home)
                : Path.of(System.getProperty("user.home"), ".restwise");
        return Restwise.journalUrlIn(dir);
    }

    /** The journal for a command: a write that has to wait says so once on standard error. */
    public Restwise open() {
        return Restwise.forCommand(url(System.getenv()), COMMAND_PATIENCE, new WaitingNotice(command.commandLine().getErr()));
    }

    /**
     * The journal's own runner's journal, for the commands that read and write it: whoever runs the
     * command line here can open the database file anyway, and acts as the own runner.
     */
    public AthleteJournal journal() {
        return open().journals().own(Requester.OWN_RUNNER);
    }

    /** The accounts of the journal's server, for {@code restwise admin}. */
    public Accounts accounts() {
        return open().accounts(Clock.systemUTC());
    }

    /** The journal for {@code serve}: a request waits half a minute for another write, then answers 503. */
    public Restwise openForServer() {
        return Restwise.forServer(url(System.getenv()));
    }
}
