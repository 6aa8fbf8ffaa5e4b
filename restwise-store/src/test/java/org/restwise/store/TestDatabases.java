package org.restwise.store;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Where store tests get a fresh, empty journal: a file in a temporary directory for SQLite, a new
 * schema for PostgreSQL (from {@code RESTWISE_TEST_PG_URL}; skipped when unset unless
 * {@code RESTWISE_REQUIRE_POSTGRES=1}, as in CI, where a missing server fails the build).
 */
final class TestDatabases {

    private TestDatabases() {
    }

    static String sqlite(Path dir) {
        return "jdbc:sqlite:" + dir.resolve("journal-" + UUID.randomUUID() + ".db");
    }

    static String postgresBaseUrl() {
        String url = System.getenv("RESTWISE_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("RESTWISE_REQUIRE_POSTGRES"))) {
                fail("RESTWISE_REQUIRE_POSTGRES=1 but RESTWISE_TEST_PG_URL is not set");
            }
            Assumptions.abort("RESTWISE_TEST_PG_URL is not set: PostgreSQL tests skipped");
        }
        return url;
    }

    /** A URL whose connections work in a schema of their own, so tests never see each other's rows. */
    static String postgres() {
        String base = postgresBaseUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(base); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema at " + JournalStore.withoutQuery(base), e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
