package org.restwise.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Another program's long write, as the journal sees it: a connection of its own, outside every
 * pool, holding the write lock (SQLite) or locks on the journal's tables that block writers and
 * not readers (PostgreSQL) until closed, then writing nothing.
 */
final class ForeignWriteLock implements AutoCloseable {

    private final Connection connection;

    private ForeignWriteLock(Connection connection) {
        this.connection = connection;
    }

    static ForeignWriteLock take(String url) throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        try (Statement statement = connection.createStatement()) {
            if (url.startsWith("jdbc:sqlite:")) {
                statement.execute("BEGIN IMMEDIATE");
            } else {
                connection.setAutoCommit(false);
                statement.execute("LOCK TABLE profile, check_in, session, activity IN EXCLUSIVE MODE");
            }
        }
        return new ForeignWriteLock(connection);
    }

    @Override
    public void close() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } finally {
            connection.close();
        }
    }
}
