package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code restwise import} on real device files from the shared corpus, read in place (the corpus
 * is found like the formats tests find it; nothing from it is copied into the project).
 */
class ImportCommandTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] withDb = Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = "jdbc:sqlite:" + dir.resolve("journal.db");
        return CliRun.of(withDb);
    }

    private static Path fixture(String relative) {
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

    private JsonNode sessions() {
        CliRun listed = run("sessions", "--json", "--days", "20000");
        assertThat(listed.exitCode()).isZero();
        return listed.json();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    @Test
    void theLoadSeriesUsesTheFlatEquivalentMeasuredAlongTheImportedTrack() {
        String file = fixture("gpx/gpxpy--korita-zbevnica.gpx").toString();
        double measuredKm = CliRun.of("analyze", "--json", file).json().get(0).get("flatEquivalentMeters").asDouble() / 1000;
        assertThat(run("import", "--no-progress", file).exitCode()).isZero();

        JsonNode day = run("load", "--json", "--until", "2010-10-03", "--days", "1").json().get("days").get(0);

        assertThat(day.get("flatEquivalentKm").asDouble()).isCloseTo(measuredKm, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void aDirectoryBecomesOneSessionPerActivityWithItsTypeAndWhy() throws IOException {
        Path watch = Files.createDirectories(dir.resolve("watch"));
        Files.copy(fixture("gpx/gpxpy--korita-zbevnica.gpx"), watch.resolve("korita.gpx"));
        Files.copy(fixture("fit/fitparse--activity-small-fenix2-run.fit"), watch.resolve("fenix2.fit"));
        Files.copy(fixture("tcx/tcxparser--test.tcx"), watch.resolve("test.tcx"));

        CliRun imported = run("import", "--json", watch.toString());

        assertThat(imported.exitCode()).isZero();
        JsonNode summary = imported.json();
        assertThat(summary.get("imported")).hasSize(3);
        assertThat(summary.get("alreadyThere")).isEmpty();
        assertThat(summary.get("skipped")).isEmpty();
        JsonNode korita = summary.get("imported").get(1);
        assertThat(korita.get("file").asText()).endsWith("korita.gpx");
        assertThat(korita.get("date").asText()).isEqualTo("2010-10-03");
        assertThat(korita.get("type").asText()).isEqualTo("DOWNHILL_HEAVY");
        assertThat(korita.get("typeReason").asText()).isEqualTo("622 m of descent over 14.9 km (42 m/km, 40 m/km or more is downhill-heavy)");
        JsonNode stored = sessions();
        assertThat(stored).hasSize(3);
        assertThat(stored.get(0).get("type").asText()).isEqualTo("DOWNHILL_HEAVY");
        assertThat(stored.get(0).get("distanceKm").asDouble()).isEqualTo(14.9);
        assertThat(stored.get(0).get("descentM").asDouble()).isEqualTo(622.5);
    }

    @Test
    void aRideACarTrackAndAMultisportRaceAreImportedAsWhatTheyWere() {
        // Issue 12: these three used to become a LONG_RUN, an EASY run and an ULTRA_RACE.
        CliRun imported = run("import", "--json",
                fixture("fit/fitparse--coros-pace-2-cycling-misaligned-fields.fit").toString(),
                fixture("gpx/gpxpy--around-visnjan-with-car.gpx").toString(),
                fixture("fit/fitparse--activity-large-fenxi2-multisport.fit").toString());

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.json().get("imported")).extracting(i -> i.get("type").asText())
                .containsExactly("CYCLING", "OTHER", "DOWNHILL_HEAVY");
        assertThat(imported.json().get("imported").get(1).get("typeReason").asText()).startsWith("the track held 51 km/h");
        // The race's running legs are its running: 15 km with 802 m down, not the whole 69.6 km file.
        JsonNode race = java.util.stream.StreamSupport.stream(sessions().spliterator(), false)
                .filter(x -> x.get("type").asText().equals("DOWNHILL_HEAVY")).findFirst().orElseThrow();
        assertThat(race.get("distanceKm").asDouble()).isCloseTo(15.0, org.assertj.core.api.Assertions.within(0.1));
        assertThat(race.get("descentM").asDouble()).isCloseTo(802, org.assertj.core.api.Assertions.within(1.0));
        assertThat(race.get("minutes").asInt()).isGreaterThan(300);
        // The legs and the speeds were kept: reading the three again gives the same answers, none left out.
        assertThat(run("sessions", "retype").out()).isEqualTo("Read 3 imported sessions again: nothing reads differently now.\n");
    }

    @Test
    void aRunnerWhoReadsMilesGetsTheReasonInMilesAndFeetAndSwitchingUnitsRewritesTheReasonsKeptBefore() {
        run("profile", "set", "--units", "imperial");
        CliRun imported = run("import", "--json", fixture("fit/fitparse--activity-large-fenxi2-multisport.fit").toString());
        String inMiles = imported.json().at("/imported/0/typeReason").asText();

        run("profile", "set", "--units", "metric");
        String inKilometres = activityReason();

        assertThat(inMiles).contains(" ft of descent over ", " mi (", " ft/mi").doesNotContain(" km", " m of");
        assertThat(inKilometres).contains(" m of descent over 15.0 km", " m/km").doesNotContain(" mi", " ft");
        assertThat(sessions().get(0).get("type").asText()).isEqualTo("DOWNHILL_HEAVY");
    }

    private String activityReason() {
        try {
            Path backup = dir.resolve("reason.json");
            run("export", "--out", backup.toString());
            return org.restwise.app.json.Json.mapper().readTree(backup.toFile()).at("/sessions/0/activity/typeReason").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aMaximumHeartRateSetAfterTheImportJudgesTheSessionWhenTheTypesAreReadAgain() {
        run("import", fixture("tcx/tcxparser--test.tcx").toString());
        long id = sessions().get(0).get("id").asLong();
        assertThat(sessions().get(0).get("type").asText()).isEqualTo("EASY");
        CliRun profile = run("profile", "set", "--max-hr", "180");
        assertThat(profile.err()).isEqualTo("restwise: 1 imported session reads as another type with this profile;"
                + " `restwise sessions retype --dry-run` shows which.\n");
        assertThat(profile.json().get("maxHeartRate").asInt()).isEqualTo(180);

        CliRun dryRun = run("sessions", "retype", "--dry-run");
        String typeAfterDryRun = sessions().get(0).get("type").asText();
        CliRun retyped = run("sessions", "retype");

        assertThat(dryRun.out()).contains(id + "  Wed 26 Dec 2012  easy → hard-workout: average heart rate 157 bpm is 87 %")
                .contains("Read 1 imported session again: 1 type changed, 0 reasons updated.")
                .endsWith("Nothing was changed (--dry-run).\n");
        assertThat(typeAfterDryRun).isEqualTo("EASY");
        assertThat(retyped.exitCode()).isZero();
        assertThat(sessions().get(0).get("type").asText()).isEqualTo("HARD_WORKOUT");
        assertThat(run("sessions", "retype").out()).contains("nothing reads differently now");
    }

    @Test
    void aStravaExportImportsWhatReadsAndSkipsBadFilesEachWithItsReason() throws IOException {
        Path export = dir.resolve("export_123.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(export))) {
            put(zip, "activities.csv", ("Activity ID,Activity Date,Activity Name,Activity Type,Filename\n"
                    + "1,\"Aug 5, 2010\",Lake,Hike,activities/1.gpx\n2,\"Dec 26, 2012\",Tempo,Run,activities/2.tcx.gz\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            put(zip, "activities/1.gpx", Files.readAllBytes(fixture("gpx/gpxpy--cerknicko-jezero.gpx")));
            put(zip, "activities/2.tcx.gz", Files.readAllBytes(fixture("tcx/tcxparser--test.tcx.gz")));
            put(zip, "activities/3.fit", Files.readAllBytes(fixture("fit/fitparse--activity-filecrc.fit")));
            put(zip, "activities/4.fit", new byte[0]);
        }

        CliRun imported = run("import", export.toString());

        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.out()).startsWith("Imported 2, already there 0, skipped 2.\n")
                .contains("  skipped " + export + "!activities/3.fit: The FIT file is damaged: its checksum does not match its contents.\n")
                .contains("  skipped " + export + "!activities/4.fit: The file is empty (0 bytes).\n");
        assertThat(imported.err()).isEmpty();
        assertThat(sessions()).extracting(s -> s.get("date").asText()).containsExactly("2010-08-05", "2012-12-26");
    }

    @Test
    void aFolderWithNoActivityFilesSaysSoAndFails() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("nothing-here"));
        Files.writeString(empty.resolve("notes.txt"), "not an activity");

        CliRun imported = run("import", empty.toString());

        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.err()).contains("nothing to import in " + empty).contains(".fit, .gpx and .tcx");
        assertThat(imported.out()).isEmpty();
    }

    @Test
    void theSameFileTwiceIsOneSession() {
        String file = fixture("fit/fitparse--activity-small-fenix2-run.fit").toString();
        run("import", file);

        CliRun again = run("import", "--json", file);

        assertThat(again.exitCode()).isZero();
        assertThat(again.json().get("imported")).isEmpty();
        assertThat(again.json().get("alreadyThere").get(0).get("sameAs").asText()).isEqualTo(file);
        assertThat(sessions()).hasSize(1);
    }

    @Test
    void theSameRunAsFitAndAsGpxIsOneSession() {
        String fit = fixture("fit/sportslib--runs--6782987395.fit").toString();
        String gpx = fixture("gpx/sportslib--runs--6782987395.gpx").toString();

        CliRun imported = run("import", "--json", fit, gpx);

        assertThat(imported.exitCode()).isZero();
        JsonNode summary = imported.json();
        assertThat(summary.get("imported")).hasSize(1);
        assertThat(summary.get("alreadyThere").get(0).get("file").asText()).isEqualTo(gpx);
        assertThat(summary.get("alreadyThere").get(0).get("sameAs").asText()).isEqualTo(fit);
        assertThat(summary.get("alreadyThere").get(0).get("sessionId").asLong())
                .isEqualTo(summary.get("imported").get(0).get("sessionId").asLong());
        assertThat(sessions()).hasSize(1);
    }

    @Test
    void heartRateDecidesHardOrEasyOnceTheProfileKnowsTheMaximum() {
        run("profile", "set", "--max-hr", "185");

        CliRun imported = run("import", "--json", fixture("fit/fitparse--activity-small-fenix2-run.fit").toString());

        // 47 minutes on 9 km, average 154 bpm: 83 % of 185.
        JsonNode session = imported.json().get("imported").get(0);
        assertThat(session.get("type").asText()).isEqualTo("HARD_WORKOUT");
        assertThat(session.get("typeReason").asText())
                .isEqualTo("average heart rate 154 bpm is 83 % of your maximum (80 % or more is hard)");
    }

    @Test
    void anImportedRecoveryRunAboveTheEasyRangeIsFlaggedAsMediumWork() {
        run("profile", "set", "--max-hr", "185");

        CliRun imported = run("import", "--recovery", fixture("fit/fitparse--activity-small-fenix2-run.fit").toString());

        assertThat(imported.exitCode()).isZero();
        JsonNode recovery = sessions().get(0).get("recovery");
        assertThat(recovery.get("modality").asText()).isEqualTo("EASY_JOG");
        assertThat(recovery.get("turnedIntoMediumWork").asBoolean()).isTrue();
        assertThat(recovery.get("mediumWorkReason").asText()).isEqualTo("47 minutes is longer than the 40-minute recovery dose;"
                + " average heart rate 154 bpm is above the easy range (up to 130 bpm, 70 % of your maximum)");
        assertThat(run("sessions", "--days", "20000").out()).contains("this turned into medium work: 47 minutes");
    }

    @Test
    void correctingAnImportedSessionToRecoveryChecksItWithTheActivitysHeartRate() throws IOException {
        run("profile", "set", "--max-hr", "220");
        run("import", fixture("tcx/tcxparser--test.tcx").toString());
        long id = sessions().get(0).get("id").asLong();
        Path corrected = Files.writeString(dir.resolve("edit.json"),
                "{\"start\":\"2012-12-26T21:29\",\"type\":\"RECOVERY\",\"minutes\":33,\"recovery\":{\"modality\":\"EASY_JOG\"}}");

        CliRun edited = run("sessions", "edit", Long.toString(id), "--json", corrected.toString());

        // 33 minutes is within the dose, but an average of 157 bpm is 71 % of 220 (the easy range ends at 154).
        assertThat(edited.exitCode()).isZero();
        assertThat(edited.json().get("recovery").get("mediumWorkReason").asText())
                .isEqualTo("average heart rate 157 bpm is above the easy range (up to 154 bpm, 70 % of your maximum)");
    }

    @Test
    void correctingAnImportedSessionsTypeFromTheTerminalReplacesTheImportsReasonForItsGuess() throws IOException {
        run("import", fixture("tcx/tcxparser--test.tcx").toString());
        long id = sessions().get(0).get("id").asLong();
        String guessed = sessions().get(0).get("type").asText().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');

        CliRun edited = run("sessions", "edit", Long.toString(id), "--type", "bike");
        Path backup = dir.resolve("backup.json");
        run("export", "--out", backup.toString());
        JsonNode activity = org.restwise.app.json.Json.mapper().readTree(backup.toFile()).at("/sessions/0/activity");

        assertThat(edited.exitCode()).isZero();
        assertThat(activity.get("typeReason").asText())
                .isEqualTo("You set this as cycling yourself; the import had read it as " + guessed + ".");
        assertThat(run("sessions", "--days", "20000").out()).contains("cycling").doesNotContain("CYCLING");
    }

    @Test
    void loggedRecoveryOverFortyMinutesCountsAsLeavingTheRunnerFlatter() throws IOException {
        LocalDate today = LocalDate.now();
        for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
            int minutes = daysAgo == 1 ? 30 : 55;
            Path session = Files.writeString(dir.resolve("r" + daysAgo + ".json"), "{\"date\":\"" + today.minusDays(daysAgo)
                    + "\",\"type\":\"RECOVERY\",\"minutes\":" + minutes + ",\"recovery\":{\"modality\":\"EASY_JOG\"}}");
            CliRun logged = run("log", "--json", session.toString());
            assertThat(logged.json().get("recovery").get("turnedIntoMediumWork").asBoolean()).isEqualTo(minutes > 40);
        }
        Path checkIn = Files.writeString(dir.resolve("c.json"), "{\"date\":\"" + today + "\",\"signals\":{\"soreness\":2}}");

        JsonNode advice = run("check-in", "--json", checkIn.toString()).json();

        JsonNode flatter = advice.get("context").get("recoverySessionsLeftFlatter");
        assertThat(flatter.get("value").asInt()).isEqualTo(2);
        assertThat(flatter.get("why").asText())
                .isEqualTo("2 of the last 3 logged recovery sessions left you flatter or turned into medium work (2)");
        assertThat(advice.get("redFlags").toString()).contains("RECOVERY_LEAVES_YOU_FLATTER");
    }
}
