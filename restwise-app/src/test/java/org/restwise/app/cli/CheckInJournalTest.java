package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story: the advice changes as the journal learns, without the runner counting days. */
class CheckInJournalTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] withDb = java.util.Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = "jdbc:sqlite:" + dir.resolve("journal.db");
        return CliRun.of(withDb);
    }

    private JsonNode checkIn(String json) throws Exception {
        Path file = Files.writeString(Files.createTempFile(dir, "check-in", ".json"), json);
        CliRun run = run("check-in", "--json", file.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return run.json();
    }

    private void log(String json) throws Exception {
        Path file = Files.writeString(Files.createTempFile(dir, "session", ".json"), json);
        CliRun logged = run("log", "--json", file.toString());
        assertThat(logged.err()).isEmpty();
        assertThat(logged.exitCode()).isZero();
    }

    private static String sore(LocalDate date, int soreness) {
        return "{\"date\":\"" + date + "\",\"signals\":{\"soreness\":" + soreness + ",\"heavyLegs\":true}}";
    }

    @Test
    void aHundredMileRaceLoggedYesterdayBringsThePostRaceRestByItself() throws Exception {
        LocalDate today = LocalDate.now();
        log("{\"start\":\"" + today.minusDays(2) + "T06:00\",\"type\":\"HUNDRED_MILE_RACE\",\"minutes\":1500,\"distanceKm\":161,\"ascentM\":6000,\"descentM\":6000}");

        JsonNode advice = checkIn(sore(today, 6));

        assertThat(advice.get("decision").asText()).isEqualTo("REST");
        assertThat(advice.get("scenarios").toString()).contains("SEVERE_MUSCLE_DAMAGE");
        assertThat(advice.get("context").get("lastSession").get("value").asText()).isEqualTo("HUNDRED_MILE_RACE");
        assertThat(advice.get("context").get("lastSession").get("source").asText()).isEqualTo("derived");
        assertThat(advice.get("checkInId").asLong()).isPositive();
    }

    @Test
    void sorenessOutlastingTheRunnersNormalRaisesTheRedFlagWithoutCountingDays() throws Exception {
        LocalDate today = LocalDate.now();
        run("profile", "set", "--usual-doms-days", "2");
        log("{\"date\":\"" + today.minusDays(4) + "\",\"type\":\"MOUNTAIN_RUN\",\"minutes\":150,\"descentM\":1500}");
        JsonNode first = checkIn(sore(today.minusDays(3), 6));
        checkIn(sore(today.minusDays(2), 6));
        checkIn(sore(today.minusDays(1), 5));

        JsonNode fourth = checkIn(sore(today, 5));

        assertThat(first.get("redFlags").toString()).doesNotContain("DOMS_BEYOND_NORMAL");
        assertThat(fourth.get("context").get("domsDays").get("value").asInt()).isEqualTo(4);
        assertThat(fourth.get("athlete").get("usualDomsDays").get("source").asText()).isEqualTo("profile");
        assertThat(fourth.get("redFlags").toString()).contains("DOMS_BEYOND_NORMAL");
        assertThat(fourth.get("decision").asText()).isNotEqualTo("MOVE");
    }

    @Test
    void aSecondCheckInForTheSameDateReplacesTheFirst() throws Exception {
        LocalDate today = LocalDate.now();
        long first = checkIn(sore(today, 6)).get("checkInId").asLong();
        long second = checkIn("{\"date\":\"" + today + "\",\"signals\":{\"soreness\":6,\"heavyLegs\":true,"
                + "\"tenMinuteTest\":\"LOOSENED\"}}").get("checkInId").asLong();

        JsonNode history = run("history", "--json").json();

        assertThat(second).isEqualTo(first);
        assertThat(history).hasSize(1);
        assertThat(run("today", "--json").json().get("checkInId").asLong()).isEqualTo(first);
        assertThat(run("today").out()).startsWith("Today, " + today + ":\nMOVE");
        assertThat(run("show", today.toString()).out()).contains("\nMOVE — easy movement helps today");
    }

    @Test
    void badCheckInInputIsRefusedNamingTheFieldAndStoresNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"signals\":{\"sorness\":5}}");

        CliRun refused = run("check-in", "--json", file.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).startsWith("restwise: signals.sorness: unknown field");
        assertThat(run("history", "--json").json()).isEmpty();
    }

    @Test
    void historyShowsACompactTable() throws Exception {
        checkIn("{\"date\":\"" + LocalDate.now() + "\",\"signals\":{\"soreness\":3,\"sleepHours\":7.5}}");

        String table = run("history").out();

        assertThat(table.lines().findFirst().orElseThrow()).contains("date", "decision", "limiter", "soreness", "sleep", "red flags");
        assertThat(table).contains(LocalDate.now().toString(), "3/10", "7.5h");
    }
}
