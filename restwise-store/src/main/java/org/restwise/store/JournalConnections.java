package org.restwise.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.BusyHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * The connections to one journal, pooled and shared by everything in the process that opens the
 * same URL: a web request or a command step borrows a configured connection instead of opening
 * one, setting its pragmas or logging in, and closing it again.
 *
 * @param pooled every read and write
 * @param forSchemaCheck what Flyway reads the schema's version through: for SQLite a separate,
 *     unpooled source whose transactions begin deferred, so checking a journal that needs no
 *     migration never asks for the write lock (and so never waits behind a long write)
 * @param forMigration what Flyway migrates through: for SQLite an unpooled source with foreign-key
 *     enforcement off, as SQLite's procedure for rebuilding a table requires (a migration's
 *     transaction cannot turn it off itself); {@link JournalSchema} checks every key afterwards
 * @param vendor the migration folder's name, from what the connection says it is
 */
record JournalConnections(DataSource pooled, DataSource forSchemaCheck, DataSource forMigration, String vendor) {

    /**
     * Enough for a busy server's request threads: with 8, PostgreSQL check-ins under 16 connections
     * queued for a connection (p99 44–57 ms, against 22 ms with 16). SQLite's writers take turns anyway.
     */
    static final int MAX_CONNECTIONS = 16;
    /** Idle connections close after this (Hikari's shortest), so a command's pool never lingers on a server. */
    static final long IDLE_MILLIS = 10_000;

    private static final Map<String, JournalConnections> OPEN = new ConcurrentHashMap<>();

    /** The process's pool for {@code jdbcUrl}, created on first use. */
    static JournalConnections to(String jdbcUrl) {
        JournalConnections open = OPEN.get(jdbcUrl);
        if (open != null) {
            return open;
        }
        JournalConnections created = create(jdbcUrl);
        JournalConnections raced = OPEN.putIfAbsent(jdbcUrl, created);
        if (raced != null) {
            ((HikariDataSource) created.pooled).close();
            return raced;
        }
        return created;
    }

    private static JournalConnections create(String jdbcUrl) {
        String shown = JournalStore.withoutQuery(jdbcUrl);
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            PrivateJournalFile.prepare(jdbcUrl.substring("jdbc:sqlite:".length()));
            DataSource forSchemaCheck = new PatientSqlite(jdbcUrl, SQLiteConfig.TransactionMode.DEFERRED, true);
            String vendor = vendorOf(forSchemaCheck, shown);
            return new JournalConnections(pool(new PatientSqlite(jdbcUrl, SQLiteConfig.TransactionMode.IMMEDIATE, true)),
                    forSchemaCheck, new PatientSqlite(jdbcUrl, SQLiteConfig.TransactionMode.IMMEDIATE, false), vendor);
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setUrl(jdbcUrl);
            String vendor = vendorOf(postgres, shown);
            DataSource pooled = pool(postgres);
            return new JournalConnections(pooled, pooled, pooled, vendor);
        }
        throw new JournalException("the journal must be a jdbc:sqlite: or jdbc:postgresql: URL, got " + shown);
    }

    private static DataSource pool(DataSource connections) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(connections);
        config.setPoolName("restwise-journal");
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(0);
        config.setIdleTimeout(IDLE_MILLIS);
        config.setConnectionTimeout(WritePatience.SERVER.limit().toMillis());
        // The journal was opened once without the pool (vendorOf), which reports a bad file or an
        // unreachable server at once; the pool's own first connection comes when it is needed.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /**
     * The migration folder follows what the connection says it is, not what the URL looks like.
     * Asked of an unpooled connection, so that a file that is no database, or a server that does not
     * answer, fails here in one sentence instead of the pool retrying it for its whole timeout.
     */
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
            throw new JournalException("cannot open the journal at " + shown + ": " + JournalStore.rootMessage(e), e);
        }
    }

    boolean isSqlite() {
        return vendor.equals("sqlite");
    }

    /**
     * SQLite connections configured once: WAL lets readers run beside a writer; NORMAL syncs the WAL
     * at checkpoints rather than at every commit, which survives a killed process (the OS keeps what
     * was written) and can lose only the last commits on a power cut, never consistency; IMMEDIATE
     * takes the write lock when a write begins, so two writers never deadlock upgrading a read lock
     * (which SQLite reports as busy at once, without waiting). Each connection waits through
     * {@link PatientBusyHandler}.
     */
    static final class PatientSqlite extends SQLiteDataSource {

        PatientSqlite(String jdbcUrl, SQLiteConfig.TransactionMode transactions, boolean foreignKeys) {
            super(config(transactions, foreignKeys));
            setUrl(jdbcUrl);
        }

        private static SQLiteConfig config(SQLiteConfig.TransactionMode transactions, boolean foreignKeys) {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setTransactionMode(transactions);
            // Until the patient handler replaces it, opening (the pragmas) waits like a reader.
            config.setBusyTimeout((int) WritePatience.SERVER.limit().toMillis());
            config.enforceForeignKeys(foreignKeys);
            return config;
        }

        @Override
        public SQLiteConnection getConnection(String username, String password) throws SQLException {
            SQLiteConnection connection = super.getConnection(username, password);
            BusyHandler.setHandler(connection, new PatientBusyHandler());
            return connection;
        }
    }
}
