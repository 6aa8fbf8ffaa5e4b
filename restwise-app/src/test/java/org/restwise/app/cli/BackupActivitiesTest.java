package org.restwise.app.cli;

import org.restwise.core.access.AthleteId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restwise.app.json.Json;
import org.restwise.core.activity.ActivityRecord;
import org.restwise.store.JournalStore;

/**
 * Imported activities survive a backup: measurements, fingerprint and chart profile go out with
 * their session and come back whole, so importing the file again after a restore finds it there.
 */
class BackupActivitiesTest {

    private static final String GPX = "gpx/gpxpy--korita-zbevnica.gpx";

    @TempDir
    Path dir;

    private String sqlite(String name) {
        return "jdbc:sqlite:" + dir.resolve(name + ".db");
    }

    private static CliRun ok(CliRun run) {
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return run;
    }

    /** A logged session today and a real GPX run of 2010: the imported one is {@code sessions[0]}. */
    private Path exportOfAnImportedRun(String db) throws Exception {
        ok(CliRun.of("profile", "set", "--max-hr", "190", "--db", db));
        ok(CliRun.of("import", TestJournals.fixture(GPX).toString(), "--db", db));
        ok(CliRun.withInput("{\"date\":\"2025-03-09\",\"type\":\"EASY\",\"minutes\":40}", "log", "--json", "-", "--db", db));
        Path backup = dir.resolve("backup-" + Math.abs(db.hashCode()) + ".json");
        ok(CliRun.of("export", "--out", backup.toString(), "--db", db));
        return backup;
    }

    private static List<ActivityRecord> activities(String db) {
        return new ArrayList<>(JournalStore.open(db).read(j -> j.athlete(AthleteId.OWN_RUNNER).activities().recordsBySession()).values());
    }

    private static int sessionCount(String db) {
        return JournalStore.open(db).read(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().count());
    }

    private void restoreThenImportAgainFindsItThere(String from, String to) throws Exception {
        Path first = exportOfAnImportedRun(from);
        Path second = dir.resolve("second.json");

        CliRun restored = ok(CliRun.of("restore", first.toString(), "--db", to));
        ok(CliRun.of("export", "--out", second.toString(), "--db", to));
        CliRun again = ok(CliRun.of("import", TestJournals.fixture(GPX).toString(), "--db", to));

        assertThat(restored.out()).startsWith("Restored the profile, 0 check-in(s) and 2 session(s) with 1 imported activity into ");
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(again.out()).startsWith("Imported 0, already there 1, skipped 0.\n");
        assertThat(sessionCount(to)).isEqualTo(2);
        List<ActivityRecord> original = activities(from);
        List<ActivityRecord> copy = activities(to);
        assertThat(copy).isEqualTo(original).hasSize(1);
        assertThat(copy.get(0).activity().sourceFile()).endsWith("gpxpy--korita-zbevnica.gpx");
        // The activity page draws its charts from this profile: it must come back whole.
        assertThat(copy.get(0).profile()).hasValueSatisfying(p -> assertThat(p.points()).hasSize(500));
        // What the type was read from comes back too, so the types can be read again as faithfully after a restore.
        assertThat(copy.get(0).basis()).hasValueSatisfying(b -> assertThat(b.speeds().fastestMinuteMetersPerSecond()).isPresent());
    }

    @Test
    void afterARestoreOnSqliteImportingTheFileAgainFindsItAlreadyThere() throws Exception {
        restoreThenImportAgainFindsItThere(sqlite("from"), sqlite("to"));
    }

    @Test
    void afterARestoreOnPostgresImportingTheFileAgainFindsItAlreadyThere() throws Exception {
        restoreThenImportAgainFindsItThere(TestJournals.postgres(), TestJournals.postgres());
    }

    private void aVersion1BackupRestores(String db) throws Exception {
        Path v1 = dir.resolve("journal-v1.json");
        try (InputStream in = getClass().getResourceAsStream("/backup/journal-v1.json")) {
            Files.write(v1, in.readAllBytes());
        }
        Path again = dir.resolve("again.json");

        CliRun restored = ok(CliRun.of("restore", v1.toString(), "--db", db));
        ok(CliRun.of("export", "--out", again.toString(), "--db", db));

        assertThat(restored.out()).isEqualTo("Restored the profile, 1 check-in(s) and 2 session(s) into "
                + JournalStore.open(db).location() + ".\n");
        // The same journal, now in version 3: each session says it has no imported activity, and no day has notes.
        ObjectNode expected = (ObjectNode) Json.mapper().readTree(Files.readString(v1));
        expected.put("version", 3);
        expected.putArray("notes");
        expected.get("sessions").forEach(s -> ((ObjectNode) s).putNull("activity"));
        // Version 1 knew a single swelling question: its check-ins did not report puffy legs.
        expected.get("checkIns").forEach(c -> ((ObjectNode) c.get("checkIn").get("signals")).put("puffyLegs", false));
        assertThat(Json.mapper().readTree(Files.readString(again))).isEqualTo(expected);
        assertThat(expected.get("sessions").get(0).get("type").asText()).isEqualTo("MOUNTAIN_RUN");
    }

    @Test
    void aVersion1BackupStillRestoresOnSqlite() throws Exception {
        aVersion1BackupRestores(sqlite("journal"));
    }

    @Test
    void aVersion1BackupStillRestoresOnPostgres() throws Exception {
        aVersion1BackupRestores(TestJournals.postgres());
    }

    private void aCorruptedActivityIsRefused(String from, String to) throws Exception {
        Path backup = exportOfAnImportedRun(from);
        String document = Files.readString(backup);
        String points = "\"points\": " + activities(from).get(0).activity().summary().points();
        String firstLine = "\"profile\": [\n          \"0.0 ";
        assertThat(document).contains(points, firstLine);

        CliRun negative = CliRun.of("restore", write(document.replace(points, "\"points\": -5")), "--db", to);
        CliRun badLine = CliRun.of("restore", write(document.replace(firstLine, firstLine.replace("0.0 ", "0.0 12 "))), "--db", to);
        CliRun badSport = CliRun.of("restore", write(document.replace("\"sport\": \"", "\"sport\": \"X")), "--db", to);

        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).isEqualTo("restwise: sessions[0].activity.points: must be 0 or more, got -5\n");
        assertThat(badLine.err()).isEqualTo(
                "restwise: sessions[0].activity.profile[0]: has 6 values, not 5 (distance elevation pace gap heart-rate)\n");
        assertThat(badSport.err()).startsWith("restwise: sessions[0].activity.sport: unknown value \"X")
                .doesNotContain("\n\tat").hasLineCount(1);
        JournalStore journal = JournalStore.open(to);
        boolean empty = journal.read(j -> j.athlete(AthleteId.OWN_RUNNER).isEmpty());
        int activities = journal.read(j -> j.athlete(AthleteId.OWN_RUNNER).activities().count());
        assertThat(empty).isTrue();
        assertThat(activities).isZero();
    }

    private String write(String document) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "corrupted", ".json"), document, StandardCharsets.UTF_8).toString();
    }

    @Test
    void aCorruptedActivityIsRefusedInOneLineAndNothingIsStoredOnSqlite() throws Exception {
        aCorruptedActivityIsRefused(sqlite("from"), sqlite("to"));
    }

    @Test
    void aCorruptedActivityIsRefusedInOneLineAndNothingIsStoredOnPostgres() throws Exception {
        aCorruptedActivityIsRefused(TestJournals.postgres(), TestJournals.postgres());
    }

    @Test
    void theSameActivityTwiceInOneBackupIsRefused() throws Exception {
        String from = sqlite("from");
        ObjectNode document = (ObjectNode) Json.mapper().readTree(Files.readString(exportOfAnImportedRun(from)));
        JsonNode activity = document.get("sessions").get(0).get("activity");
        ((ObjectNode) document.get("sessions").get(1)).set("activity", activity.deepCopy());

        CliRun refused = CliRun.of("restore", write(Json.pretty(document)), "--db", sqlite("to"));

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("restwise: sessions[1].activity.fingerprint: the same activity as sessions[0]\n");
    }

    @Test
    void mergingTheSameBackupAddsNoActivityTwiceAndSaysSo() throws Exception {
        String db = sqlite("journal");
        Path backup = exportOfAnImportedRun(db);

        CliRun merged = ok(CliRun.of("restore", backup.toString(), "--merge", "--db", db));

        assertThat(merged.out()).isEqualTo("Restored the profile, 0 check-in(s) and 0 session(s) with 0 imported activities into "
                + JournalStore.open(db).location() + "; kept 0 check-in(s) and 2 session(s) already in the journal"
                + " (1 imported activity already there).\n");
        assertThat(sessionCount(db)).isEqualTo(2);
        assertThat(activities(db)).hasSize(1);
    }

    @Test
    void aJournalRestoredFromAVersion1BackupGetsItsActivitiesBackByMerging() throws Exception {
        Path full = exportOfAnImportedRun(sqlite("from"));
        ObjectNode older = (ObjectNode) Json.mapper().readTree(Files.readString(full));
        older.put("version", 1);
        older.get("sessions").forEach(s -> ((ObjectNode) s).remove("activity"));
        String db = sqlite("restored");
        ok(CliRun.of("restore", write(Json.pretty(older)), "--db", db));
        Path after = dir.resolve("after.json");

        CliRun merged = ok(CliRun.of("restore", full.toString(), "--merge", "--db", db));
        ok(CliRun.of("export", "--out", after.toString(), "--db", db));

        // The session is already there without its activity: the activity joins it, no second session.
        assertThat(merged.out()).contains("0 session(s) with 1 imported activity into",
                "kept 0 check-in(s) and 2 session(s) already in the journal (0 imported activities already there).");
        assertThat(sessionCount(db)).isEqualTo(2);
        assertThat(Files.readAllBytes(after)).isEqualTo(Files.readAllBytes(full));
        assertThat(activities(db)).extracting(ActivityRecord::profile).allMatch(Optional::isPresent);
    }
}
