package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restwise.app.json.Json;

class JournalCommandsTest {

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:sqlite:" + dir.resolve("journal.db");
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private CliRun run(String... args) {
        String[] withDb = java.util.Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = db();
        return CliRun.of(withDb);
    }

    private static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }

    @Test
    void profileSetKeepsValuesNotGivenAndShowPrintsThem() throws Exception {
        run("profile", "set", "--name", "Ana", "--max-hr", "186", "--units", "imperial");
        run("profile", "set", "--usual-doms-days", "3", "--sex", "female");

        CliRun shown = run("profile", "show", "--json");

        JsonNode profile = json(shown.out());
        assertThat(profile.get("name").asText()).isEqualTo("Ana");
        assertThat(profile.get("maxHeartRate").asInt()).isEqualTo(186);
        assertThat(profile.get("usualDomsDays").asInt()).isEqualTo(3);
        assertThat(profile.get("sex").asText()).isEqualTo("FEMALE");
        assertThat(profile.get("units").asText()).isEqualTo("IMPERIAL");
        assertThat(shown.err()).isEmpty();
    }

    @Test
    void aProfileValueOutOfRangeIsRefusedNamingTheOption() {
        CliRun refused = run("profile", "set", "--max-hr", "900");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("restwise: --max-hr must be between 25 and 250, got 900\n");
    }

    @Test
    void aProfileMaximumBelowTheSavedThresholdIsRefusedNamingTheOption() {
        run("profile", "set", "--threshold-hr", "165");

        CliRun refused = run("profile", "set", "--max-hr", "160");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("restwise: --threshold-hr must be below --max-hr (160 bpm), got 165\n");
    }

    @Test
    void aCheckInMaximumBelowTheProfileThresholdIsRefusedAndNothingIsStored() throws Exception {
        run("profile", "set", "--threshold-hr", "165");

        CliRun refused = run("check-in", "--json", file("c.json", "{\"athlete\":{\"maxHeartRate\":160}}").toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).startsWith("restwise: athlete.lactateThresholdHeartRate: must be below athlete.maxHeartRate (160 bpm), got 165")
                .contains("saved profile").doesNotContain("\tat ");
        assertThat(run("history", "--json").out()).doesNotContain("2026");
    }

    @Test
    void logStoresARecoverySessionAndSessionsListsIt() throws Exception {
        String today = LocalDate.now().toString();
        Path walk = file("walk.json", "{\"date\":\"" + today + "\",\"type\":\"RECOVERY\",\"minutes\":30,\"rpe\":3,"
                + "\"recovery\":{\"modality\":\"WALK\",\"loosenedWithinTenMinutes\":true,\"leftFlatter\":false}}");

        CliRun logged = run("log", "--json", walk.toString());
        CliRun listed = run("sessions", "--json");

        assertThat(logged.exitCode()).isZero();
        long id = json(logged.out()).get("id").asLong();
        JsonNode sessions = json(listed.out());
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(sessions.get(0).get("recovery").get("modality").asText()).isEqualTo("WALK");
        assertThat(run("sessions").out()).contains("recovery", "walk, loosened, not flatter").doesNotContain("RECOVERY");
    }

    @Test
    void badSessionInputIsRefusedPerFieldAndStoresNothing() throws Exception {
        Path typo = file("typo.json", "{\"date\":\"2026-11-28\",\"type\":\"LONG_RUN\",\"minutes\":90,\"distanseKm\":20}");
        Path fraction = file("fraction.json", "{\"date\":\"2026-11-28\",\"type\":\"LONG_RUN\",\"minutes\":90.5}");
        Path noBlock = file("noblock.json", "{\"date\":\"2026-11-28\",\"type\":\"RECOVERY\",\"minutes\":20}");
        Path badType = file("badtype.json", "{\"date\":\"2026-11-28\",\"type\":\"JOG\",\"minutes\":20}");
        Path broken = file("broken.json", "{\"date\":");

        assertThat(run("log", "--json", typo.toString()).err()).isEqualTo("restwise: distanseKm: unknown field (did you mean \"distanceKm\"?)\n");
        assertThat(run("log", "--json", fraction.toString()).err())
                .isEqualTo("restwise: minutes: must be a whole number, got 90.5\n");
        assertThat(run("log", "--json", noBlock.toString()).err())
                .isEqualTo("restwise: recovery: must be given for a RECOVERY session\n");
        assertThat(run("log", "--json", badType.toString()).err()).startsWith("restwise: type: unknown value \"JOG\"; expected one of NONE, EASY");
        CliRun parse = run("log", "--json", broken.toString());
        assertThat(parse.exitCode()).isEqualTo(2);
        assertThat(parse.err()).startsWith("restwise: the input is not valid JSON").doesNotContain("\tat ");
        assertThat(json(run("sessions", "--json", "--days", "3650").out())).isEmpty();
    }

    @Test
    void aSessionCanBeCorrectedAndDeletedById() throws Exception {
        String today = LocalDate.now().toString();
        Path run = file("run.json", "{\"date\":\"" + today + "\",\"type\":\"LONG_RUN\",\"minutes\":90}");
        Path fixed = file("fixed.json", "{\"date\":\"" + today + "\",\"type\":\"MOUNTAIN_RUN\",\"minutes\":95,\"descentM\":1200}");
        long id = json(run("log", "--json", run.toString()).out()).get("id").asLong();

        CliRun edited = run("sessions", "edit", Long.toString(id), "--json", fixed.toString());
        assertThat(json(run("sessions", "--json").out()).get(0).get("type").asText()).isEqualTo("MOUNTAIN_RUN");
        CliRun deleted = run("sessions", "delete", Long.toString(id));
        CliRun again = run("sessions", "delete", Long.toString(id));

        assertThat(edited.exitCode()).isZero();
        assertThat(deleted.out()).isEqualTo("Deleted session " + id + ".\n");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("restwise: no session with id " + id + "\n");
    }

    @Test
    void todayPromptsForACheckInWhenThereIsNone() {
        assertThat(run("today").out()).startsWith("No check-in yet today (" + LocalDate.now() + ")");
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsOneLine() {
        CliRun failed = CliRun.of("sessions", "--db", "jdbc:mysql://example/x");

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).isEqualTo("restwise: the journal must be a jdbc:sqlite: or jdbc:postgresql: URL, got jdbc:mysql://example/x\n");
    }
}
