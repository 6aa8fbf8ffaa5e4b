package org.restwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

class SqliteJournalSafetyTest extends JournalSafetyContract {

    @Override
    String freshUrl() {
        return TestDatabases.sqlite(dir);
    }

    @Override
    void assertIntegrity(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
                ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }
}
