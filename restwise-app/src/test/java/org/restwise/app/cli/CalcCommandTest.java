package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalcCommandTest {

    @TempDir
    Path dir;

    @Test
    void gapOfATenPercentClimbAtSixMinutesIsAboutThreeThirtySeven() {
        JsonNode gap = CliRun.of("calc", "gap", "--grade", "10", "--pace", "6:00", "--json").json();

        assertThat(gap.get("gradePercent").asDouble()).isEqualTo(10.0);
        assertThat(gap.get("costRatio").asDouble()).isEqualTo(1.6578);
        assertThat(gap.get("gradeAdjustedPace").asText()).isEqualTo("3:37");
        assertThat(gap.get("model").asText()).contains("Minetti");
    }

    @Test
    void gapTakesANegativeGradeAndMilePaces() {
        JsonNode gap = CliRun.of("calc", "gap", "--grade", "-10", "--pace", "10:00", "--units", "imperial", "--json").json();

        assertThat(gap.get("costRatio").asDouble()).isEqualTo(0.5977);
        assertThat(gap.get("gradeAdjustedPace").asText()).isEqualTo("16:44"); // 600 / 0.5977 s per mile
        assertThat(gap.get("paceUnit").asText()).isEqualTo("min/mile");
    }

    @Test
    void gapPrintsReadableTextWithoutJson() {
        CliRun run = CliRun.of("calc", "gap", "--grade", "10", "--pace", "6:00");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Grade-adjusted pace: 3:37 min/km").contains("Minetti et al. 2002");
    }

    @Test
    void aBadPaceIsRefusedNamingTheOption() {
        CliRun run = CliRun.of("calc", "gap", "--grade", "10", "--pace", "7:7x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("restwise: --pace: pace must be M:SS (for example 6:05), got '7:7x'\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aGradeOutsideTheModelIsRefusedNamingTheOption() {
        CliRun run = CliRun.of("calc", "flat-equivalent", "--distance-km", "5", "--grade", "60");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("restwise: --grade: grade must be between -45 % and 45 %").endsWith("got 60 %\n");
    }

    @Test
    void flatEquivalentOfTenKilometresAtTenPercent() {
        JsonNode flat = CliRun.of("calc", "flat-equivalent", "--distance-km", "10", "--grade", "10", "--json").json();

        assertThat(flat.get("flatEquivalentKm").asDouble()).isEqualTo(16.578);
        assertThat(flat.get("costRatio").asDouble()).isEqualTo(1.6578);
    }

    @Test
    void flatEquivalentSpeaksMilesWhenAsked() {
        CliRun run = CliRun.of("calc", "flat-equivalent", "--distance-mi", "10", "--grade", "5", "--units", "imperial");

        assertThat(run.out()).startsWith("Flat equivalent: 13.01 mi");
    }

    @Test
    void kmEffortAddsAKilometrePerHundredMetres() {
        JsonNode effort = CliRun.of("calc", "km-effort", "--distance-km", "50", "--ascent-m", "3000", "--json").json();

        assertThat(effort.get("kmEffort").asDouble()).isEqualTo(80.0);
    }

    @Test
    void kmEffortTakesFeet() {
        JsonNode effort = CliRun.of("calc", "km-effort", "--distance-km", "50", "--ascent-ft", "10000", "--json").json();

        assertThat(effort.get("kmEffort").asDouble()).isEqualTo(80.48); // 10 000 ft = 3048 m
    }

    @Test
    void kmEffortRefusesNegativeAscent() {
        CliRun run = CliRun.of("calc", "km-effort", "--distance-km", "50", "--ascent-m=-5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("restwise: --ascent-m: ");
    }

    @Test
    void zonesGiveTheEasyRecoveryRangeAndEveryMethodAsked() {
        JsonNode zones = CliRun.of("calc", "zones", "--max-hr", "185", "--resting-hr", "48", "--threshold-hr", "165",
                "--json").json();

        assertThat(zones.get("easyRecovery").get("min").asInt()).isEqualTo(93);
        assertThat(zones.get("easyRecovery").get("max").asInt()).isEqualTo(130);
        assertThat(zones.get("postSessionClearance").asInt()).isEqualTo(132);
        assertThat(zones.get("zones")).hasSize(17);
        JsonNode karvonenZone1 = zones.get("zones").get(5);
        assertThat(karvonenZone1.get("method").asText()).isEqualTo("% of heart-rate reserve");
        assertThat(karvonenZone1.get("min").asInt()).isEqualTo(117);
        assertThat(zones.get("zones").get(10).get("min").isNull()).isTrue(); // Friel zone 1 is open below
    }

    @Test
    void zonesWithOnlyMaxHaveNoClearanceFigure() {
        JsonNode zones = CliRun.of("calc", "zones", "--max-hr", "200", "--json").json();

        assertThat(zones.get("postSessionClearance").isNull()).isTrue();
        assertThat(zones.get("zones")).hasSize(5);
        assertThat(zones.get("easyRecovery").get("max").asInt()).isEqualTo(140);
    }

    @Test
    void aRestingRateAboveMaxIsRefusedNamingTheOption() {
        CliRun run = CliRun.of("calc", "zones", "--max-hr", "185", "--resting-hr", "190");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("restwise: --resting-hr: ");
    }

    @Test
    void acwrGivesOneObjectPerDayWithTheRatioFromDayTwentyEight() throws IOException {
        Path csv = csv("date,load\n", 21, 100, 7, 200);

        JsonNode days = CliRun.of("calc", "acwr", "--csv", csv.toString(), "--json").json();

        assertThat(days).hasSize(28);
        assertThat(days.get(26).get("ratio").isNull()).isTrue();
        JsonNode last = days.get(27);
        assertThat(last.get("date").asText()).isEqualTo("2026-11-28");
        assertThat(last.get("acute").asDouble()).isEqualTo(200.0);
        assertThat(last.get("chronic").asDouble()).isEqualTo(100.0);
        assertThat(last.get("ratio").asDouble()).isEqualTo(2.0);
        assertThat(last.get("method").asText()).isEqualTo("uncoupled");
        assertThat(last.get("daysWithData").asInt()).isEqualTo(28);
    }

    @Test
    void acwrCoupledFollowsFourUOverUPlusThree() throws IOException {
        Path csv = csv("", 21, 100, 7, 200);

        JsonNode last = CliRun.of("calc", "acwr", "--csv", csv.toString(), "--method", "coupled", "--json").json().get(27);

        assertThat(last.get("ratio").asDouble()).isEqualTo(1.6);
        assertThat(last.get("method").asText()).isEqualTo("coupled");
    }

    @Test
    void acwrEwmaOfAConstantLoadIsOne() throws IOException {
        Path csv = csv("", 28, 150, 2, 150);

        JsonNode days = CliRun.of("calc", "acwr", "--csv", csv.toString(), "--method", "ewma", "--json").json();

        assertThat(days.get(29).get("ratio").asDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(days.get(29).get("method").asText()).isEqualTo("ewma");
    }

    @Test
    void aMissingDayIsZeroLoad() throws IOException {
        Path csv = dir.resolve("gap.csv");
        Files.writeString(csv, "2026-11-01,70\n2026-11-07,70\n");

        JsonNode days = CliRun.of("calc", "acwr", "--csv", csv.toString(), "--json").json();

        assertThat(days).hasSize(7);
        assertThat(days.get(6).get("acute").asDouble()).isEqualTo(20.0);
        assertThat(days.get(6).get("daysWithData").asInt()).isEqualTo(2);
    }

    @Test
    void acwrTextNamesTheMethodAndItsLimits() throws IOException {
        Path csv = csv("", 28, 100, 0, 0);

        String out = CliRun.of("calc", "acwr", "--csv", csv.toString()).out();

        assertThat(out).startsWith("ACWR, rolling 7-day mean / mean of the 21 days before (uncoupled)")
                .contains("not an injury predictor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-01,abc", "2026-13-01,5", "2026-11-01,-3", "2026-11-01", "2026-11-01,5,6"})
    void aBadCsvLineIsRefusedNamingTheLine(String badLine) throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "date,load\n2026-10-31,10\n" + badLine + "\n");

        CliRun run = CliRun.of("calc", "acwr", "--csv", csv.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("restwise: --csv " + csv + " line 3: ").doesNotContain("Exception");
    }

    @Test
    void aMissingCsvIsRefused() {
        CliRun run = CliRun.of("calc", "acwr", "--csv", dir.resolve("none.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("restwise: --csv: no such file: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gap", "flat-equivalent", "km-effort", "zones", "acwr"})
    void everyCalculatorsHelpNamesItsFormulaOrSource(String calculator) {
        CliRun run = CliRun.of("calc", calculator, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsAnyOf("Minetti", "ITRA", "Karvonen", "Gabbett");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gap", "flat-equivalent", "km-effort", "zones", "acwr"})
    void helpShowsPercentSignsWithoutAWarning(String calculator) {
        // picocli's own warnings go to System.err, past the command's writers.
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        CliRun run;
        try {
            System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
            run = CliRun.of("calc", calculator, "--help");
        } finally {
            System.setErr(before);
        }

        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("WARN");
        assertThat(run.err()).doesNotContain("WARN");
        assertThat(run.out()).doesNotContain("%%");
    }

    /** {@code firstDays} days of {@code firstLoad} then {@code thenDays} of {@code thenLoad}, from 1 Nov 2026. */
    private Path csv(String header, int firstDays, double firstLoad, int thenDays, double thenLoad) throws IOException {
        StringBuilder text = new StringBuilder(header);
        LocalDate day = LocalDate.of(2026, 11, 1);
        for (int i = 0; i < firstDays + thenDays; i++) {
            text.append(day.plusDays(i)).append(',').append(i < firstDays ? firstLoad : thenLoad).append('\n');
        }
        Path csv = dir.resolve("load.csv");
        Files.writeString(csv, text);
        return csv;
    }
}
