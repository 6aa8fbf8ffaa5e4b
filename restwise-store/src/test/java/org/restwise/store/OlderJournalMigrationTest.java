package org.restwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.restwise.core.access.AthleteId;
import org.restwise.core.advice.Decision;
import org.restwise.core.advice.LimiterState;

/**
 * Journals written by released builds (V3 and V5, see test resources journals/README.md) open in
 * this one and lose nothing: every row becomes athlete 1's, with the same ids, decisions and
 * outputs, and new rows never take an old id.
 */
class OlderJournalMigrationTest {

    @TempDir
    Path dir;

    /** What a journal holds, read with plain SQL so that the reading does not depend on the schema's version. */
    private record Contents(List<String> checkIns, List<String> sessions, List<String> activities, List<String> profile) {
    }

    private static Contents contents(Connection c) throws SQLException {
        return new Contents(
                rows(c, "SELECT id || ' ' || check_in_date || ' ' || decision || ' ' || state || ' ' || length(advice_json) FROM check_in ORDER BY id"),
                rows(c, "SELECT id || ' ' || session_date || ' ' || session_type || ' ' || minutes FROM session ORDER BY id"),
                rows(c, "SELECT session_id || ' ' || fingerprint || ' ' || inferred_type || ' ' || COALESCE(length(profile), -1) FROM activity ORDER BY id"),
                rows(c, "SELECT COALESCE(name, '') || ' ' || COALESCE(max_hr, 0) || ' ' || units FROM profile"));
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v5"})
    void aSqliteJournalOfAnOlderReleaseBecomesAthleteOnesWhole(String version) throws Exception {
        String url = "jdbc:sqlite:" + OldJournals.copySqlite(version, dir);
        Contents before;
        try (Connection c = DriverManager.getConnection(url)) {
            before = contents(c);
        }

        assertMigratedWhole(url, before);
    }

    @org.junit.jupiter.api.Test
    void aServersJournalWithAnAccountGivesTheRunnersRowsToThatAccount() throws Exception {
        String url = "jdbc:sqlite:" + OldJournals.copySqlite("v5-with-account", dir);
        Contents before;
        try (Connection c = DriverManager.getConnection(url)) {
            before = contents(c);
        }

        assertMigratedWhole(url, before);
        JournalStore store = JournalStore.open(url);
        long account = store.read(j -> j.accounts().find("test.runner@example.org")).orElseThrow().id();
        java.util.Optional<AthleteId> owned = store.read(j -> j.athletes().ofAccount(account));
        assertThat(owned).contains(AthleteId.OWN_RUNNER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v5"})
    void aPostgresJournalOfAnOlderReleaseBecomesAthleteOnesWhole(String version) throws Exception {
        String url = TestDatabases.postgres();
        Contents before;
        try (Connection c = DriverManager.getConnection(url)) {
            OldJournals.replayPostgres(version, c);
            before = contents(c);
        }

        assertMigratedWhole(url, before);
    }

    private static void assertMigratedWhole(String url, Contents before) throws Exception {
        assertThat(before.checkIns()).as("the fixture holds check-ins").isNotEmpty();
        assertThat(before.sessions()).as("the fixture holds sessions").isNotEmpty();
        assertThat(before.activities()).as("the fixture holds activities").isNotEmpty();

        JournalStore store = JournalStore.open(url);
        Contents after;
        try (Connection c = DriverManager.getConnection(url)) {
            after = contents(c);
            assertThat(rows(c, "SELECT DISTINCT athlete_id FROM check_in UNION SELECT DISTINCT athlete_id FROM session"
                    + " UNION SELECT DISTINCT athlete_id FROM activity UNION SELECT athlete_id FROM profile")).containsExactly("1");
        }
        int checkIns = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().all().size());
        int sessions = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().all().size());
        int activities = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).activities().count());
        long newId = store.write(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().save(
                JournalStoreContract.fullCheckIn(java.time.LocalDate.of(2030, 1, 1)), Decision.MOVE, LimiterState.STALE_LEGS,
                List.of(), List.of(), "{}"));

        assertThat(after).isEqualTo(before);
        assertThat(List.of(checkIns, sessions, activities))
                .containsExactly(before.checkIns().size(), before.sessions().size(), before.activities().size());
        long largestOldId = before.checkIns().stream().mapToLong(row -> Long.parseLong(row.split(" ")[0])).max().orElseThrow();
        assertThat(newId).isGreaterThan(largestOldId);
    }
}
