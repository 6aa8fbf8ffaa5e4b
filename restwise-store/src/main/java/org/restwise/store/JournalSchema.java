package org.restwise.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * The journal's schema brought to this build's version: refused when a newer Restwise wrote it,
 * migrated only when a migration is pending. Most opens find nothing to do, and they find it out
 * by reading, so a command opening the journal beside a long write neither waits nor fails.
 */
final class JournalSchema {

    /**
     * Every Flyway failure reaches the caller as an exception that becomes one sentence; what Flyway
     * logs besides (INFO per migration, SEVERE with a stack trace when a rollback has nothing to roll
     * back) is noise around it on a runner's terminal. Kept in a field because java.util.logging
     * holds loggers weakly.
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.OFF);
    }

    private JournalSchema() {
    }

    static void prepare(JournalConnections connections, String shown) {
        try {
            MigrationInfoService info = flyway(connections, connections.forSchemaCheck()).info();
            refuseNewer(info, shown);
            if (info.pending().length > 0) {
                flyway(connections, connections.forMigration()).migrate();
                refuseBrokenKeys(connections, shown);
            }
        } catch (FlywayException e) {
            if (JournalStore.isBusy(e)) {
                throw new JournalBusyException("the journal at " + shown + " needs its schema upgraded, and another program"
                        + " has been writing to it for too long to wait; try again when it has finished", e);
            }
            throw new JournalException("cannot prepare the journal at " + shown + ": " + JournalStore.firstLine(e.getMessage()), e);
        }
    }

    private static Flyway flyway(JournalConnections connections, DataSource through) {
        return Flyway.configure()
                .dataSource(through)
                .locations("classpath:db/migration/" + connections.vendor())
                .failOnMissingLocations(true)
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                .load();
    }

    /**
     * After a migration that ran without SQLite's foreign-key enforcement: every key must still
     * point at a row, or the journal is not used (nothing a runner stored is deleted to make it so).
     */
    private static void refuseBrokenKeys(JournalConnections connections, String shown) {
        if (!connections.isSqlite()) {
            return;
        }
        try (Connection connection = connections.forSchemaCheck().getConnection();
                Statement statement = connection.createStatement();
                ResultSet broken = statement.executeQuery("PRAGMA foreign_key_check")) {
            if (broken.next()) {
                throw new JournalException("the journal at " + shown + " has a row in " + broken.getString(1)
                        + " that points at a missing row of " + broken.getString(3) + " after its upgrade;"
                        + " restore it from a backup or report this");
            }
        } catch (SQLException e) {
            throw new JournalException("cannot check the journal at " + shown + " after its upgrade: " + JournalStore.rootMessage(e), e);
        }
    }

    private static void refuseNewer(MigrationInfoService info, String shown) {
        MigrationInfo[] future = Arrays.stream(info.applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            String knownVersion = Arrays.stream(info.all())
                    .filter(m -> m.getState().isResolved() && m.getVersion() != null)
                    .map(m -> m.getVersion().getVersion())
                    .reduce((a, b) -> b).orElse("none");
            throw new JournalException("the journal at " + shown + " was written by a newer Restwise (schema version "
                    + future[future.length - 1].getVersion().getVersion() + "; this build knows up to " + knownVersion
                    + "): upgrade Restwise to open it");
        }
    }
}
