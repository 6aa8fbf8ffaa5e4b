package org.restwise.app.cli;

import java.nio.file.Path;
import java.util.Map;
import org.restwise.store.JournalStore;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option every journal command shares. Where the journal lives, first match wins:
 * {@code --db}, then {@code RESTWISE_DB}, then {@code restwise.db} in {@code RESTWISE_HOME}
 * (default {@code ~/.restwise}, created on first use).
 */
public final class DatabaseOption {

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
        return JournalStore.sqliteUrlIn(dir);
    }

    public JournalStore open() {
        return JournalStore.open(url(System.getenv()));
    }
}
