package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/** Where the backup tests keep their journals, and the shared corpus of real device files. */
public final class TestJournals {

    private TestJournals() {
    }

    /** A fresh PostgreSQL schema, as in the store's tests; skipped without a server unless CI requires one. */
    public static String postgres() throws Exception {
        String base = System.getenv("RESTWISE_TEST_PG_URL");
        if (base == null || base.isBlank()) {
            if ("1".equals(System.getenv("RESTWISE_REQUIRE_POSTGRES"))) {
                fail("RESTWISE_REQUIRE_POSTGRES=1 but RESTWISE_TEST_PG_URL is not set");
            }
            Assumptions.abort("RESTWISE_TEST_PG_URL is not set: PostgreSQL tests skipped");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A file of the shared corpus, read in place (found as the import tests find it). */
    static Path fixture(String relative) {
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared").resolve("fixtures");
            if (Files.isRegularFile(candidate.resolve("manifest.csv"))) {
                return candidate.resolve(relative);
            }
        }
        String env = System.getenv("RESTWISE_FIXTURES");
        if (env != null && !env.isBlank()) {
            return Paths.get(env).resolve(relative);
        }
        throw new IllegalStateException("shared/fixtures not found; set RESTWISE_FIXTURES to the corpus folder");
    }
}
