package org.restwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteJournalStoreTest extends JournalStoreContract {

    @TempDir
    Path dir;

    @Override
    String freshUrl() {
        return TestDatabases.sqlite(dir);
    }

    @Test
    void theDefaultJournalIsCreatedOnFirstUseInWalMode() throws Exception {
        Path home = dir.resolve("not-yet").resolve(".restwise");

        JournalStore.open(JournalStore.sqliteUrlIn(home));

        assertThat(home.resolve("restwise.db")).exists();
        try (Connection c = DriverManager.getConnection(JournalStore.sqliteUrlIn(home));
                ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void aUrlForAnotherDatabaseIsRefused() {
        assertThatThrownBy(() -> JournalStore.open("jdbc:mysql://localhost/x?password=secret"))
                .isInstanceOf(JournalException.class)
                .hasMessage("the journal must be a jdbc:sqlite: or jdbc:postgresql: URL, got jdbc:mysql://localhost/x");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithOneLine() throws Exception {
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "this is not a database, just text that is long enough to look like a header....");

        assertThatThrownBy(() -> JournalStore.open("jdbc:sqlite:" + junk))
                .isInstanceOf(JournalException.class)
                .hasMessageStartingWith("cannot");
    }
}
