package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code restwise import} takes wellness files beside activities: kept once, read into the next check-in. */
class BodyImportTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] withDb = Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = "jdbc:sqlite:" + dir.resolve("journal.db");
        return CliRun.of(withDb);
    }

    static Path wellness(String relative) {
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared").resolve("wellness");
            if (Files.isRegularFile(candidate.resolve("manifest.csv"))) {
                return candidate.resolve(relative);
            }
        }
        throw new IllegalStateException("shared/wellness not found beside the project");
    }

    @Test
    void aGarminHrvExportIsKeptOnceAndImportingItAgainChangesNothing() {
        Path hrv = wellness("garmin-connect-api-json/matin--garth--test_daily_hrv_paginate.body.json");

        CliRun first = run("import", "--no-progress", hrv.toString());
        CliRun again = run("import", "--no-progress", "--json", hrv.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).startsWith("Body readings from 1 file, skipped 0.\n")
                .contains("(Garmin JSON): 40 days, 2023-06-11 to 2023-07-20; 40 new, 0 replaced, 0 already there.");
        JsonNode body = again.json().get("bodyReadings").get(0);
        assertThat(body.get("added").asInt()).isZero();
        assertThat(body.get("unchanged").asInt()).isEqualTo(40);
        assertThat(again.json().get("imported")).isEmpty();
    }

    @Test
    void aMorningHrvRecordingInAFitFileIsABodyReadingNotATrainingSession() {
        CliRun imported = run("import", "--no-progress", "--json",
                wellness("garmin-fit-hrv-rr/sims1253--hrvester--2024-05-07-07-39-33.fit").toString());

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.json().get("bodyReadings").get(0).get("first").asText()).isEqualTo("2024-05-07");
        assertThat(imported.json().get("imported")).isEmpty();
        assertThat(imported.json().get("skipped")).isEmpty();
    }

    @Test
    void aRunWithBeatIntervalsIsStillARunAndAFileThatIsNeitherSaysWhyForBoth() {
        CliRun run = run("import", "--no-progress", "--json",
                wellness("garmin-fit-hrv-rr/jimmykane--fit-parser--running-with-developer-data.fit").toString(),
                wellness("garmin-fit-monitoring/dtcooper--python-fitparse--MonitoringFile.fit").toString());

        assertThat(run.json().get("imported")).hasSize(1);
        assertThat(run.json().get("bodyReadings")).isEmpty();
        String reason = run.json().get("skipped").get(0).get("reason").asText();
        assertThat(reason).contains("no activity records").contains("As body readings:").contains("resting heart rate")
                .doesNotContain("\n");
    }

    @Test
    void aMalformedAppleExportIsRefusedInOneLineAndKeepsWhatWasThere() {
        run("import", "--no-progress", wellness("garmin-connect-api-json/matin--garth--test_daily_sleep.body.json").toString());

        CliRun broken = run("import", "--no-progress",
                wellness("apple-health-xml/ericwolter--apple-healthkit-csv--Exportieren.xml").toString());
        CliRun again = run("import", "--no-progress", "--json",
                wellness("garmin-connect-api-json/matin--garth--test_daily_sleep.body.json").toString());

        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).isEmpty();
        assertThat(broken.out().lines().filter(l -> l.startsWith("  skipped ")).toList()).singleElement()
                .asString().contains("iOS 8");
        assertThat(again.json().get("bodyReadings").get(0).get("unchanged").asInt()).isEqualTo(20);
    }

    @Test
    void aWeekOfSuppressedHrvFromAnAppExportMakesTodaysCheckInRest() throws Exception {
        LocalDate today = LocalDate.now();
        StringBuilder csv = new StringBuilder("date,HR,rMSSD,SDNN\n");
        for (int ago = 60; ago >= 0; ago--) {
            double lnRmssd = ago <= 6 ? 3.3 : (ago % 2 == 0 ? 4.0 : 4.1);
            csv.append(today.minusDays(ago)).append(",48,")
                    .append(String.format(Locale.ROOT, "%.1f", Math.exp(lnRmssd))).append(",70\n");
        }
        Path export = Files.writeString(dir.resolve("hrv4training.csv"), csv);
        assertThat(run("import", "--no-progress", export.toString()).exitCode()).isZero();
        Path checkIn = Files.writeString(dir.resolve("fresh.json"), "{\"signals\":{\"soreness\":1,\"sleepHours\":8}}");

        CliRun advised = run("check-in", "--json", checkIn.toString());

        JsonNode advice = advised.json();
        assertThat(advice.get("body").get("readings").get(0).get("status").asText()).isEqualTo("below");
        assertThat(advice.get("decision").asText()).isEqualTo("REST");
        assertThat(advice.get("reasons").toString()).contains("below your normal range");
    }
}
