package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export → restore → export is byte-identical, on SQLite, on PostgreSQL and across the two. */
class BackupRoundTripTest {

    @TempDir
    Path dir;

    private String sqlite(String name) {
        return "jdbc:sqlite:" + dir.resolve(name + ".db");
    }

    private static String postgres() throws Exception {
        return TestJournals.postgres();
    }

    private static CliRun ok(CliRun run) {
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return run;
    }

    private Path write(String json) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "input", ".json"), json);
    }

    /**
     * A journal with a bit of everything: profile, check-ins with derived context, both kinds of
     * logged session, and a session imported from a real GPX file (with its measurements and chart).
     */
    private void fill(String db) throws Exception {
        LocalDate today = LocalDate.now();
        ok(CliRun.of("import", TestJournals.fixture("gpx/gpxpy--korita-zbevnica.gpx").toString(), "--db", db));
        ok(CliRun.of("profile", "set", "--name", "Zoë “Trail” Ñ", "--max-hr", "188", "--sex", "female", "--db", db));
        ok(CliRun.of("log", "--json", write("{\"date\":\"" + today.minusDays(2) + "\",\"start\":\"" + today.minusDays(2)
                + "T06:15\",\"type\":\"MOUNTAIN_RUN\",\"minutes\":185,\"rpe\":7,\"distanceKm\":21.1,\"ascentM\":1450,"
                + "\"descentM\":1432.5}").toString(), "--db", db));
        ok(CliRun.of("log", "--json", write("{\"date\":\"" + today.minusDays(1) + "\",\"type\":\"RECOVERY\",\"minutes\":25,"
                + "\"recovery\":{\"modality\":\"CYCLE\",\"leftFlatter\":true}}").toString(), "--db", db));
        ok(CliRun.of("check-in", "--json", write("{\"date\":\"" + today.minusDays(1) + "\",\"signals\":{\"soreness\":6,"
                + "\"heavyLegs\":true,\"sleepHours\":5.75}}").toString(), "--db", db));
        ok(CliRun.of("check-in", "--json", write("{\"date\":\"" + today + "\",\"context\":{\"timeOfDay\":\"EVENING\"},"
                + "\"signals\":{\"soreness\":5,\"sleepHours\":7.1,\"tenMinuteTest\":\"LOOSENED\"}}").toString(), "--db", db));
    }

    private void assertRoundTrip(String from, String to) throws Exception {
        fill(from);
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");

        ok(CliRun.of("export", "--out", first.toString(), "--db", from));
        ok(CliRun.of("restore", first.toString(), "--db", to));
        ok(CliRun.of("export", "--out", second.toString(), "--db", to));

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        String document = Files.readString(first);
        assertThat(document).contains("\"format\": \"restwise-journal\"", "\"version\": 3", "Zoë", "1432.5",
                "\"checkInId\"", "\"leftFlatter\": true", "gpxpy--korita-zbevnica.gpx\"", "\"inferredType\": \"DOWNHILL_HEAVY\"");
    }

    @Test
    void exportRestoreExportIsByteIdenticalOnSqlite() throws Exception {
        assertRoundTrip(sqlite("from"), sqlite("to"));
    }

    @Test
    void exportRestoreExportIsByteIdenticalOnPostgres() throws Exception {
        assertRoundTrip(postgres(), postgres());
    }

    @Test
    void aSqliteJournalMovesToPostgresByteForByte() throws Exception {
        assertRoundTrip(sqlite("from"), postgres());
    }

    @Test
    void restoreRefusesANonEmptyJournalUnlessMerging() throws Exception {
        String db = sqlite("journal");
        fill(db);
        Path backup = dir.resolve("backup.json");
        ok(CliRun.of("export", "--out", backup.toString(), "--db", db));

        CliRun refused = CliRun.of("restore", backup.toString(), "--db", db);
        CliRun merged = CliRun.of("restore", backup.toString(), "--merge", "--db", db);

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("is not empty: use restore --merge").doesNotContain("\n\tat");
        assertThat(ok(merged).out()).contains("Restored the profile, 0 check-in(s) and 0 session(s) with 0 imported activities",
                "kept 2 check-in(s) and 3 session(s) already in the journal (1 imported activity already there).");
    }

    @Test
    void aBackupWithOneBadEntryRestoresNothing() throws Exception {
        String from = sqlite("from");
        fill(from);
        Path backup = dir.resolve("backup.json");
        ok(CliRun.of("export", "--out", backup.toString(), "--db", from));
        Files.writeString(backup, Files.readString(backup).replace("\"minutes\": 25", "\"minutes\": -25"));
        String to = sqlite("to");

        CliRun refused = CliRun.of("restore", backup.toString(), "--db", to);

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("restwise: sessions[2].minutes: must be between 1 and 10080, got -25\n");
        assertThat(CliRun.of("sessions", "--json", "--days", "30", "--db", to).json()).isEmpty();
    }
}
