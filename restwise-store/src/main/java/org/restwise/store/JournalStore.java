package org.restwise.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The runner's journal in a database: opened once per process, migrated on open, then read and
 * written through {@link Journal} views. One data source serves Flyway and JDBI alike.
 *
 * <p>Every {@link #write} is one transaction: it commits whole or not at all.
 */
public final class JournalStore {

    /** How long a writer waits for another process's write before giving up, milliseconds. */
    public static final int BUSY_TIMEOUT_MS = 15_000;

    /**
     * Flyway reports every migration at INFO; on a runner's terminal that is noise around the JSON a
     * script reads. Kept in a field because java.util.logging holds loggers weakly.
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private final Jdbi jdbi;
    private final String location;

    private JournalStore(Jdbi jdbi, String location) {
        this.jdbi = jdbi;
        this.location = location;
    }

    /** The default journal: {@code restwise.db} in {@code home}, which is created when missing. */
    public static String sqliteUrlIn(Path home) {
        return "jdbc:sqlite:" + home.resolve("restwise.db").toAbsolutePath();
    }

    /**
     * Opens (creating and migrating when needed) the journal at a {@code jdbc:sqlite:} or
     * {@code jdbc:postgresql:} URL. Refuses a journal written by a newer Restwise.
     */
    public static JournalStore open(String jdbcUrl) {
        String shown = withoutQuery(jdbcUrl);
        DataSource dataSource = dataSource(jdbcUrl);
        String vendor = vendorOf(dataSource, shown);
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + vendor)
                .failOnMissingLocations(true)
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                .load();
        try {
            refuseNewerSchema(flyway, shown);
            flyway.migrate();
        } catch (FlywayException e) {
            throw new JournalException("cannot prepare the journal at " + shown + ": " + firstLine(e.getMessage()), e);
        }
        return new JournalStore(Jdbi.create(dataSource), shown);
    }

    /** Where the journal lives, without credentials. */
    public String location() {
        return location;
    }

    /** Runs {@code work} in one transaction: everything it writes commits together, or nothing does. */
    public <T> T write(Function<Journal, T> work) {
        try {
            return jdbi.inTransaction(handle -> work.apply(new Journal(handle)));
        } catch (JdbiException e) {
            throw new JournalException("cannot write to the journal at " + location + ": " + rootMessage(e), e);
        }
    }

    public <T> T read(Function<Journal, T> work) {
        try {
            return jdbi.withHandle(handle -> work.apply(new Journal(handle)));
        } catch (JdbiException e) {
            throw new JournalException("cannot read the journal at " + location + ": " + rootMessage(e), e);
        }
    }

    private static DataSource dataSource(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            createParentDirectory(jdbcUrl.substring("jdbc:sqlite:".length()));
            SQLiteConfig config = new SQLiteConfig();
            // WAL lets readers run beside a writer; the busy timeout makes a second writer wait, not fail;
            // IMMEDIATE takes the write lock when a transaction begins, so two writers never deadlock
            // upgrading a read lock (which SQLite reports as busy at once, ignoring the timeout).
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.enforceForeignKeys(true);
            SQLiteDataSource sqlite = new SQLiteDataSource(config);
            sqlite.setUrl(jdbcUrl);
            return sqlite;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setUrl(jdbcUrl);
            return postgres;
        }
        throw new JournalException("the journal must be a jdbc:sqlite: or jdbc:postgresql: URL, got " + withoutQuery(jdbcUrl));
    }

    private static void createParentDirectory(String file) {
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new JournalException("cannot create the journal's directory " + parent + ": " + e.getMessage(), e);
        }
    }

    /** The migration folder follows what the connection says it is, not what the URL looks like. */
    private static String vendorOf(DataSource dataSource, String shown) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("sqlite")) {
                return "sqlite";
            }
            if (product.contains("postgres")) {
                return "postgresql";
            }
            throw new JournalException("the journal at " + shown + " is in " + product + "; Restwise supports SQLite and PostgreSQL");
        } catch (SQLException e) {
            throw new JournalException("cannot open the journal at " + shown + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static void refuseNewerSchema(Flyway flyway, String shown) {
        MigrationInfo[] future = Arrays.stream(flyway.info().applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            MigrationInfo[] known = flyway.info().all();
            String knownVersion = Arrays.stream(known)
                    .filter(m -> m.getState().isResolved() && m.getVersion() != null)
                    .map(m -> m.getVersion().getVersion())
                    .reduce((a, b) -> b).orElse("none");
            throw new JournalException("the journal at " + shown + " was written by a newer Restwise (schema version "
                    + future[future.length - 1].getVersion().getVersion() + "; this build knows up to " + knownVersion
                    + "): upgrade Restwise to open it");
        }
    }

    static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.strip().lines().findFirst().orElse("unknown error");
        return line;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return firstLine(root.getMessage());
    }
}
