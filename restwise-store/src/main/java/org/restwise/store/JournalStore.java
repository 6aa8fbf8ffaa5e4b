package org.restwise.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The runner's journal in a database: opened once per process, migrated on open when it needs it,
 * then read and written through {@link Journal} views. Everything that opens the same URL in one
 * process shares one pool of connections ({@link JournalConnections}).
 *
 * <p>Every {@link #write} is one transaction: it commits whole or not at all. Writers take turns:
 * SQLite's in this process queue in one fair lane, and a writer waits for another program's write
 * for as long as its {@link WritePatience} allows, then fails with a {@link JournalBusyException}.
 * Reads never wait for writes.
 */
public final class JournalStore {

    /**
     * What a batched write leaves between two of its transactions on SQLite, so that a waiting
     * writer in another process (polling every {@link PatientBusyHandler#POLL_MILLIS} ms) gets the
     * lock: SQLite does not queue writers, and one that commits and begins again at once keeps the
     * lock for itself. PostgreSQL queues lock waiters in order and needs no gap.
     */
    static final Duration TURN_GAP = Duration.ofMillis(10);

    /** One lane per journal and process, whoever opened it. */
    private static final Map<String, WriteLane> LANES = new ConcurrentHashMap<>();

    private final Jdbi jdbi;
    private final JournalConnections connections;
    private final WriteLane lane;
    private final WritePatience patience;
    private final String location;

    private JournalStore(JournalConnections connections, WriteLane lane, WritePatience patience, String location) {
        this.jdbi = Jdbi.create(connections.pooled());
        this.connections = connections;
        this.lane = lane;
        this.patience = patience;
        this.location = location;
    }

    /** The default journal: {@code restwise.db} in {@code home}, which is created (private) when missing. */
    public static String sqliteUrlIn(Path home) {
        return "jdbc:sqlite:" + home.resolve("restwise.db").toAbsolutePath();
    }

    /** {@link #open(String, WritePatience)} with {@link WritePatience#SERVER}: half a minute, quietly. */
    public static JournalStore open(String jdbcUrl) {
        return open(jdbcUrl, WritePatience.SERVER);
    }

    /**
     * Opens (creating and migrating when needed) the journal at a {@code jdbc:sqlite:} or
     * {@code jdbc:postgresql:} URL. Refuses a journal written by a newer Restwise.
     *
     * @param patience how long each write waits for another program's, and what it says meanwhile
     */
    public static JournalStore open(String jdbcUrl, WritePatience patience) {
        String shown = withoutQuery(jdbcUrl);
        JournalConnections connections = JournalConnections.to(jdbcUrl);
        PatientBusyHandler.during(patience, () -> {
            JournalSchema.prepare(connections, shown);
            return null;
        });
        return new JournalStore(connections, LANES.computeIfAbsent(jdbcUrl, url -> connections.isSqlite()
                ? WriteLane.fair() : WriteLane.none()), patience, shown);
    }

    /** Where the journal lives, without credentials. */
    public String location() {
        return location;
    }

    /** Runs {@code work} in one transaction: everything it writes commits together, or nothing does. */
    public <T> T write(Function<Journal, T> work) {
        try {
            return lane.run(patience.limit(), () -> PatientBusyHandler.during(patience, () -> jdbi.inTransaction(handle -> {
                if (connections.isSqlite()) {
                    return work.apply(new Journal(handle, connections.isSqlite()));
                }
                // PostgreSQL waits for a row or table lock forever by default: as long as the patience, here.
                handle.execute("SET LOCAL lock_timeout = " + patience.limit().toMillis());
                return PostgresLockWatch.during(handle.getConnection(), connections.pooled(), patience,
                        () -> work.apply(new Journal(handle, connections.isSqlite())));
            })), location);
        } catch (JdbiException e) {
            throw failure("write to", e);
        }
    }

    /**
     * Writes {@code items} {@code perTransaction} at a time, each group in its own transaction,
     * giving other writers a turn between two: a long restore or import then delays a check-in by
     * one group, not by all of it. Each group commits whole or not at all; an interrupted run keeps
     * the groups it finished.
     */
    public <T> void writeInTurns(List<T> items, int perTransaction, BiConsumer<Journal, List<T>> work) {
        if (perTransaction < 1) {
            throw new IllegalArgumentException("a transaction holds at least one item, got " + perTransaction);
        }
        for (int from = 0; from < items.size(); from += perTransaction) {
            if (from > 0) {
                giveOthersATurn();
            }
            List<T> group = items.subList(from, Math.min(items.size(), from + perTransaction));
            write(journal -> {
                work.accept(journal, group);
                return null;
            });
        }
    }

    public <T> T read(Function<Journal, T> work) {
        try {
            return jdbi.withHandle(handle -> work.apply(new Journal(handle, connections.isSqlite())));
        } catch (JdbiException e) {
            throw failure("read", e);
        }
    }

    private void giveOthersATurn() {
        if (!connections.isSqlite()) {
            return;
        }
        try {
            Thread.sleep(TURN_GAP.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JournalBusyException("interrupted between two writes to the journal at " + location, e);
        }
    }

    private JournalException failure(String verb, JdbiException e) {
        if (isBusy(e)) {
            return new JournalBusyException("the journal at " + location + " is busy: another program has been writing to it"
                    + " for over " + patience.limit().toSeconds() + " s; try again when it has finished", e);
        }
        return new JournalException("cannot " + verb + " the journal at " + location + ": " + rootMessage(e), e);
    }

    /** A lock someone else holds (SQLite busy or locked, PostgreSQL's lock timeout), or no free connection in time. */
    static boolean isBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                int primary = sqlite.getResultCode().code & 0xff;
                if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
                    return true;
                }
            }
            if (t instanceof SQLTransientConnectionException
                    || (t instanceof SQLException sql && "55P03".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        return message.strip().lines().findFirst().orElse("unknown error");
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return firstLine(root.getMessage());
    }
}
