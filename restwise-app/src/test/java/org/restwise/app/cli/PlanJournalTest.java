package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans read from the journal: the race logged, today's check-in, the last four weeks. */
class PlanJournalTest {

    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] withDb = java.util.Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = "jdbc:sqlite:" + dir.resolve("journal.db");
        return CliRun.of(withDb);
    }

    private CliRun withFile(String command, String json) throws Exception {
        Path file = Files.writeString(Files.createTempFile(dir, command, ".json"), json);
        CliRun run = run(command, "--json", file.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return run;
    }

    @Test
    void aPostRacePlanComesFromTheLatestLoggedRaceAndHoldsOnARestDay() throws Exception {
        withFile("log", "{\"date\":\"" + TODAY.minusDays(10) + "\",\"type\":\"ULTRA_RACE\",\"minutes\":400,\"distanceKm\":50}");
        withFile("log", "{\"date\":\"" + TODAY.minusDays(2) + "\",\"type\":\"HUNDRED_MILE_RACE\",\"minutes\":1500,"
                + "\"distanceKm\":161,\"ascentM\":6000,\"descentM\":6500}");
        withFile("check-in", "{\"date\":\"" + TODAY + "\",\"signals\":{\"soreness\":6,\"heavyLegs\":true}}");

        JsonNode out = run("plan", "post-race", "--json").json();

        assertThat(out.get("sessionId").asLong()).isEqualTo(2);
        assertThat(out.get("plan").get("raceDate").asText()).isEqualTo(TODAY.minusDays(2).toString());
        assertThat(out.get("plan").get("race").get("distanceKm").asDouble()).isEqualTo(161);
        assertThat(out.get("plan").get("race").get("descentMeters").asDouble()).isEqualTo(6500);
        JsonNode today = out.get("today");
        assertThat(today.get("planDay").asInt()).isEqualTo(2);
        assertThat(today.get("decision").asText()).isEqualTo("REST");
        assertThat(today.get("onHold").asBoolean()).isTrue();
    }

    @Test
    void aNamedSessionIsPlannedAndTheTextSaysTodayHasNoCheckIn() throws Exception {
        withFile("log", "{\"date\":\"" + TODAY.minusDays(4) + "\",\"type\":\"ULTRA_RACE\",\"minutes\":420,"
                + "\"distanceKm\":56,\"ascentM\":2500}");

        CliRun run = run("plan", "post-race", "--session", "1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("From the journal: the ultra race of " + TODAY.minusDays(4) + " (session 1)",
                "56.0 km with 2500 m of climbing and 2500 m of descent", "Today, " + TODAY + " (day 4)",
                "No check-in today").doesNotContain("ULTRA_RACE");
    }

    @Test
    void aJournalWithoutARaceSaysSoInOneLine() {
        CliRun run = run("plan", "post-race");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(
                "restwise: no ultra or 100-mile race in the journal: log the race (restwise log --type ultra-race) or give --distance-km");
    }

    @Test
    void aRecoveryWeekScalesFromTheLastFourWeeksLogged() throws Exception {
        // Four weeks of four 60-minute runs, one of them intervals: 240 min, 4 runs, 1 hard a week.
        for (int week = 0; week < 4; week++) {
            for (int run = 0; run < 4; run++) {
                LocalDate date = TODAY.minusDays(7L * week + run * 2L);
                withFile("log", "{\"date\":\"" + date + "\",\"type\":\"" + (run == 0 ? "INTERVALS" : "EASY")
                        + "\",\"minutes\":60}");
            }
        }

        CliRun run = run("plan", "recovery-week", "--start", TODAY.plusDays(1).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("240 min, 4 run(s), 1 hard", "Running well tolerated",
                "Recent average: 240 min a week over the last 4 weeks", "about 132 min");
    }

    @Test
    void aRecoverySessionThatLeftYouFlatterMeansFewerRuns() throws Exception {
        for (int day = 1; day <= 24; day += 2) {
            withFile("log", "{\"date\":\"" + TODAY.minusDays(day) + "\",\"type\":\"EASY\",\"minutes\":50}");
        }
        withFile("log", "{\"date\":\"" + TODAY.minusDays(2) + "\",\"type\":\"RECOVERY\",\"minutes\":30,"
                + "\"recovery\":{\"modality\":\"WALK\",\"leftFlatter\":true}}");

        JsonNode plan = run("plan", "recovery-week", "--json").json();
        CliRun text = run("plan", "recovery-week");

        assertThat(plan.get("runs").asInt()).isEqualTo(1); // 3 a week usually, 2 fewer when poorly tolerated
        assertThat(text.out()).contains("Running not well tolerated", "1 recovery session(s) left you flatter");
    }

    @Test
    void aRecoveryWeekAfterAnUltraAgreesWithThePostRacePlanAboutWhenRunningReturns() throws Exception {
        for (int day = 10; day <= 30; day += 2) {
            withFile("log", "{\"date\":\"" + TODAY.minusDays(day) + "\",\"type\":\"EASY\",\"minutes\":50}");
        }
        LocalDate race = TODAY.minusDays(7);
        withFile("log", "{\"date\":\"" + race + "\",\"type\":\"ULTRA_RACE\",\"minutes\":540,\"distanceKm\":58,"
                + "\"ascentM\":3000,\"descentM\":3000}");
        JsonNode postRace = run("plan", "post-race", "--distance-km", "58", "--ascent-m", "3000", "--descent-m", "3000",
                "--finish-time", "9:00", "--race-date", race.toString(), "--json").json();
        LocalDate firstRun = null;
        for (JsonNode day : postRace.get("days")) {
            if (firstRun == null && day.get("phase").asText().equals("RETURN_TO_RUNNING")) {
                firstRun = LocalDate.parse(day.get("date").asText());
            }
        }

        JsonNode week = run("plan", "recovery-week", "--start", TODAY.plusDays(1).toString(), "--json").json();

        assertThat(firstRun).isAfter(TODAY.plusDays(1));
        for (JsonNode day : week.get("days")) {
            if (LocalDate.parse(day.get("date").asText()).isBefore(firstRun)) {
                assertThat(day.get("modalities").toString()).as(day.get("date").asText()).doesNotContain("EASY_JOG");
            }
        }
        assertThat(week.get("notes").get(0).asText()).contains("The race of " + race + " comes first")
                .contains("first easy run on " + firstRun);
    }

    @Test
    void anEmptyJournalCannotScaleARecoveryWeek() {
        CliRun run = run("plan", "recovery-week");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("restwise: no training logged in the last 4 weeks");
    }
}
