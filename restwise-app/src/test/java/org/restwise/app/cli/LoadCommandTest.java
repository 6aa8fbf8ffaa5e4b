package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadCommandTest {

    static final LocalDate UNTIL = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] withDb = java.util.Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = "jdbc:sqlite:" + dir.resolve("journal.db");
        return CliRun.of(withDb);
    }

    void log(String json) throws Exception {
        Path file = Files.writeString(Files.createTempFile(dir, "session", ".json"), json);
        CliRun logged = run("log", "--json", file.toString());
        assertThat(logged.err()).isEmpty();
        assertThat(logged.exitCode()).isZero();
    }

    /** Three weeks of 200 AU every other day, then a week alternating 630 and 90 AU: ACWR 2.95 on the 29th. */
    void logSpikeMonth() throws Exception {
        for (int day = 27; day >= 7; day -= 2) {
            log("{\"date\":\"" + UNTIL.minusDays(day) + "\",\"type\":\"EASY\",\"minutes\":40,\"rpe\":5,\"distanceKm\":8}");
        }
        for (int day = 6; day >= 1; day--) {
            log(day % 2 == 0
                    ? "{\"date\":\"" + UNTIL.minusDays(day) + "\",\"type\":\"MOUNTAIN_RUN\",\"minutes\":90,\"distanceKm\":14,\"ascentM\":700,\"descentM\":700}"
                    : "{\"date\":\"" + UNTIL.minusDays(day) + "\",\"type\":\"EASY\",\"minutes\":30,\"rpe\":3}");
        }
    }

    @Test
    void anEmptyJournalSaysSoInOneLine() {
        CliRun run = run("load");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo(LoadCommand.EMPTY);
    }

    @Test
    void theJsonSeriesCarriesEveryMetricAndNamesTheMethods() throws Exception {
        logSpikeMonth();

        JsonNode load = run("load", "--json", "--until", UNTIL.toString(), "--days", "7").json();

        assertThat(load.get("method").asText()).isEqualTo("uncoupled");
        assertThat(load.get("sessionLoadMethod").asText()).isEqualTo("SESSION_RPE");
        assertThat(load.get("estimatedSessions").asInt()).isEqualTo(3);
        assertThat(load.get("caveat").asText()).contains("Gabbett 2016", "Impellizzeri et al. 2020");
        JsonNode days = load.get("days");
        assertThat(days).hasSize(7);
        JsonNode mountain = days.get(0); // 11-23: MOUNTAIN_RUN 90 min, no RPE: 6 × 90
        assertThat(mountain.get("load").asDouble()).isEqualTo(540);
        assertThat(mountain.get("loadMethod").asText()).isEqualTo("ASSUMED_RPE");
        assertThat(mountain.get("descentM").asDouble()).isEqualTo(700);
        // 7 km at +10 % and 7 km at −10 %: 7 × 1.6578 + 7 × 0.5977
        assertThat(mountain.get("flatEquivalentKm").asDouble()).isEqualTo(15.79);
        JsonNode today = days.get(6);
        // acute (540 + 90) × 3 / 7 = 270, chronic 2200 / 21 = 104.76
        assertThat(today.get("acute").asDouble()).isEqualTo(270.0);
        assertThat(today.get("chronic").asDouble()).isEqualTo(104.76);
        assertThat(today.get("acwr").asDouble()).isEqualTo(2.577);
        assertThat(today.get("ewmaRatio").isNumber()).isTrue();
        assertThat(today.get("monotony").asDouble()).isPositive();
        assertThat(today.get("daysWithData").asInt()).isEqualTo(17);
        assertThat(today.get("loadMethod").isNull()).isTrue();
    }

    @Test
    void theTextNamesTheMethodAndItsCaveatAndFitsEightyColumns() throws Exception {
        logSpikeMonth();

        CliRun run = run("load", "--until", UNTIL.toString(), "--method", "ewma");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ACWR (ewma):", "EWMA, lambda", "not an injury predictor", "Impellizzeri et al. 2020",
                "Gabbett 2016", "3 of 17 sessions had no RPE", "11-23   540~", "█");
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void aOneLineSummaryLeadsTheTableWithItsUnitAndARatioOnlyWhenItMeansSomething() {
        LocalDate today = LocalDate.now();
        for (int ago = 9; ago >= 1; ago--) {
            run("log", "--date", today.minusDays(ago).toString(), "--type", "easy", "--minutes", "50", "--rpe", "4");
        }

        List<String> lines = run("load").out().lines().toList();

        assertThat(lines.subList(1, 3)).containsExactly("Last 7 days: 1,200 AU of session-RPE load in 6 sessions.",
                "ACWR: building your baseline, 10 of 28 days.");
    }

    @Test
    void aRunnerWhoChoseImperialReadsTheTablesInMilesAndFeet() {
        LocalDate today = LocalDate.now();
        run("profile", "set", "--units", "imperial");
        run("log", "--date", today.minusDays(1).toString(), "--type", "mountain-run", "--minutes", "120", "--rpe", "6",
                "--distance-km", "16.0934", "--ascent-m", "1000", "--descent-m", "1000");

        String load = run("load").out();
        String sessions = run("sessions").out();

        assertThat(load).contains("flatmi descft").doesNotContain("flatkm");
        assertThat(load.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        assertThat(load.lines().filter(l -> l.startsWith(today.minusDays(1).toString().substring(5))).findFirst().orElseThrow())
                .contains(" 3281 ");
        assertThat(sessions).contains("   mi   up ft  down ft").contains("    10.0    3281     3281");
    }

    @Test
    void anImpossibleNumberOfDaysIsRefusedInOneLine() {
        CliRun run = run("load", "--days", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("restwise: --days must be between 1 and 366, got 0");
    }

    private JsonNode checkIn(String json) throws Exception {
        Path file = Files.writeString(Files.createTempFile(dir, "check-in", ".json"), json);
        CliRun run = run("check-in", "--json", file.toString());
        assertThat(run.exitCode()).isZero();
        return run.json();
    }

    @Test
    void aLoggedSpikeChangesTheCheckInAndTheReasonsNameTheMethodAndItsLimits() throws Exception {
        logSpikeMonth();

        JsonNode advice = checkIn("{\"date\":\"" + UNTIL + "\",\"signals\":{\"soreness\":1}}");

        assertThat(advice.get("decision").asText()).isEqualTo("REST");
        assertThat(advice.get("scenarios").toString()).contains("SHOCK_MICROCYCLE");
        assertThat(advice.get("context").get("trainingBlock").get("source").asText()).isEqualTo("derived");
        assertThat(advice.get("reasons").toString()).contains("Your journal put you in a shock microcycle",
                "uncoupled", "does not predict injury");
        assertThat(advice.get("evidence").toString()).contains("10.1123/ijspp.2019-0864", "10.1136/bjsports-2015-095788");
    }

    @Test
    void aGivenNormalBlockStillWinsOverTheJournal() throws Exception {
        logSpikeMonth();

        JsonNode advice = checkIn("{\"date\":\"" + UNTIL + "\",\"context\":{\"trainingBlock\":\"NORMAL\"},"
                + "\"signals\":{\"soreness\":1}}");

        assertThat(advice.get("decision").asText()).isEqualTo("TRAIN");
        assertThat(advice.get("context").get("trainingBlock").get("source").asText()).isEqualTo("given");
    }
}
