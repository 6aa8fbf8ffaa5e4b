package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a runner measures themselves goes into the journal with the check-in and is read against their own normal. */
class BodyCheckInTest {

    private static final String FRESH = "{\"date\":\"%s\",\"signals\":{\"soreness\":1,\"sleepHours\":8}}";

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] withDb = Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = "jdbc:sqlite:" + dir.resolve("journal.db");
        return CliRun.of(withDb);
    }

    private JsonNode checkIn(String json, String... options) throws Exception {
        Path file = Files.writeString(Files.createTempFile(dir, "check-in", ".json"), json);
        List<String> args = new ArrayList<>(List.of("check-in", "--json", file.toString()));
        args.addAll(List.of(options));
        CliRun run = run(args.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return run.json();
    }

    /** Three weeks and more of mornings at 44–46 bpm, typed in with each check-in. */
    private void usualMornings(LocalDate today) throws Exception {
        for (int ago = 30; ago >= 1; ago--) {
            checkIn(String.format(FRESH, today.minusDays(ago)), "--morning-hr", Integer.toString(44 + ago % 3));
        }
    }

    @Test
    void aMorningHeartRateWellAboveTheRunnersOwnNormalMakesTheDayMoreCareful() throws Exception {
        LocalDate today = LocalDate.now();
        usualMornings(today);
        JsonNode usual = checkIn(String.format(FRESH, today), "--morning-hr", "45");
        JsonNode high = checkIn(String.format(FRESH, today), "--morning-hr", "54");

        assertThat(usual.get("body").get("readings").get(0).get("outsideNormal").asBoolean()).isFalse();
        JsonNode reading = high.get("body").get("readings").get(0);
        assertThat(reading.get("signal").asText()).isEqualTo("restingHeartRate");
        assertThat(reading.get("status").asText()).isEqualTo("well_above");
        assertThat(reading.get("words").asText()).contains("54 bpm this morning").contains("above your 60-day average of 45");
        assertThat(usual.get("decision").asText()).isEqualTo("TRAIN");
        assertThat(high.get("decision").asText()).isIn("MOVE", "REST");
        assertThat(high.get("reasons").toString()).contains("Resting heart rate 54 bpm");
    }

    @Test
    void theTerminalCardSaysWhatTheBodyShowedAndTheJournalKeepsTheReading() throws Exception {
        LocalDate today = LocalDate.now();
        usualMornings(today);
        CliRun card = CliRun.withInput("\n".repeat(40), "check-in", "--morning-hr", "55", "--db",
                "jdbc:sqlite:" + dir.resolve("journal.db"));

        assertThat(card.exitCode()).isZero();
        assertThat(card.out()).contains("Body, outside your normal: Resting heart rate 55 bpm this morning");
    }

    @Test
    void aCheckInWithoutAnyBodyReadingHasNoBodyInItsOutput() throws Exception {
        JsonNode advice = checkIn(String.format(FRESH, LocalDate.now()));
        assertThat(advice.has("body")).isFalse();
    }

    @Test
    void readingsTypedInTheJsonAreKeptLikeTheOptions() throws Exception {
        LocalDate today = LocalDate.now();
        JsonNode advice = checkIn("{\"date\":\"" + today + "\",\"signals\":{\"soreness\":1},"
                + "\"body\":{\"rmssdMs\":62.5,\"restingHeartRateBpm\":44,\"jumpsCm\":[31.5,32,30.8]}}");

        List<String> signals = new ArrayList<>();
        advice.get("body").get("readings").forEach(r -> signals.add(r.get("signal").asText()));
        assertThat(signals).containsExactly("hrv", "restingHeartRate", "jump");
        assertThat(advice.get("body").get("readings").get(0).get("words").asText()).contains("still learning");
    }

    @Test
    void aReadingOutOfRangeIsRefusedInOneLineNamingItAndNothingIsStored() throws Exception {
        LocalDate today = LocalDate.now();
        CliRun rmssd = run("check-in", "--json", Files.writeString(dir.resolve("a.json"), String.format(FRESH, today)).toString(),
                "--rmssd", "900");
        CliRun jumps = run("check-in", "--json", dir.resolve("a.json").toString(), "--jumps", "30,31");
        CliRun aboveMax = run("check-in", "--json", Files.writeString(dir.resolve("b.json"), "{\"date\":\"" + today
                + "\",\"athlete\":{\"maxHeartRate\":140},\"body\":{\"restingHeartRateBpm\":145}}").toString());
        Path typo = Files.writeString(dir.resolve("c.json"), "{\"body\":{\"rmsdMs\":50}}");
        CliRun misspelt = run("check-in", "--json", typo.toString());

        assertThat(rmssd.err().strip()).isEqualTo("restwise: --rmssd must be above 0 and at most 500 ms, got 900");
        assertThat(jumps.err().strip()).contains("--jumps takes the heights of 3 jumps").doesNotContain("\n");
        assertThat(aboveMax.err()).contains("body.restingHeartRateBpm").contains("below your maximum heart rate of 140");
        assertThat(misspelt.err()).contains("body.rmsdMs").contains("unknown field").contains("rmssdMs");
        assertThat(List.of(rmssd, jumps, aboveMax, misspelt)).allSatisfy(r -> assertThat(r.exitCode()).isNotZero());
        CliRun history = run("history", "--json");
        assertThat(history.out()).doesNotContain(today.toString());
    }

    @Test
    void theStatelessAdviseContractRefusesABodyItCouldNotReadAgainstAnyNormal() throws Exception {
        Path file = Files.writeString(dir.resolve("advise.json"), "{\"body\":{\"rmssdMs\":50}}");
        CliRun advise = CliRun.of("advise", "--json", file.toString());
        assertThat(advise.exitCode()).isNotZero();
        assertThat(advise.err()).contains("body").contains("unknown field");
    }
}
