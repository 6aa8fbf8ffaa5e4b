package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code restwise log} with options instead of JSON: the same checks, errors naming the option. */
class LogOptionsTest {

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:sqlite:" + dir.resolve("journal.db");
    }

    @Test
    void anEasyRunLoggedWithOptionsInAnyCaseIsStoredForToday() {
        CliRun run = CliRun.of("log", "--type", "Easy", "--minutes", "40", "--rpe", "3", "--distance-km", "7.5", "--db", db());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode stored = run.json();
        assertThat(stored.get("type").asText()).isEqualTo("EASY");
        assertThat(stored.get("minutes").asInt()).isEqualTo(40);
        assertThat(stored.get("rpe").asInt()).isEqualTo(3);
        assertThat(stored.get("distanceKm").asDouble()).isEqualTo(7.5);
        assertThat(stored.get("date").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(CliRun.of("sessions", "--db", db()).out()).contains("40");
    }

    @Test
    void aTypeOfTwoWordsAndARecoveryWalkWithItsAnswers() {
        String yesterday = LocalDate.now().minusDays(1).toString();
        CliRun longRun = CliRun.of("log", "--type", "long-run", "--minutes", "150", "--date", yesterday, "--start", "07:30",
                "--db", db());
        CliRun walk = CliRun.of("log", "--type", "recovery", "--minutes", "25", "--modality", "Walk", "--loosened", "yes",
                "--left-flatter", "No", "--db", db());

        assertThat(longRun.json().get("type").asText()).isEqualTo("LONG_RUN");
        assertThat(longRun.json().get("start").asText()).isEqualTo(yesterday + "T07:30");
        assertThat(walk.exitCode()).as(walk.err()).isZero();
        assertThat(walk.json().at("/recovery/modality").asText()).isEqualTo("WALK");
        assertThat(walk.json().at("/recovery/loosenedWithinTenMinutes").asBoolean()).isTrue();
        assertThat(walk.json().at("/recovery/leftFlatter").asBoolean()).isFalse();
    }

    @Test
    void aDateMoreThanAYearAheadIsRefusedAsAJsonDateIs() {
        CliRun run = CliRun.of("log", "--type", "easy", "--minutes", "30", "--date", LocalDate.now().plusYears(2).toString(), "--db", db());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("restwise: --date must be between");
    }

    @Test
    void whatIsMissingOrWrongIsNamedAsTheOptionAndNothingIsStored() {
        CliRun noMinutes = CliRun.of("log", "--type", "easy", "--db", db());
        CliRun badType = CliRun.of("log", "--type", "jogging", "--minutes", "30", "--db", db());
        CliRun badRpe = CliRun.of("log", "--type", "easy", "--minutes", "30", "--rpe", "11", "--db", db());
        CliRun both = CliRun.of("log", "--json", "-", "--type", "easy", "--db", db());
        CliRun neither = CliRun.of("log", "--minutes", "30", "--db", db());

        assertThat(noMinutes.err()).startsWith("restwise: --minutes must be given");
        assertThat(badType.err()).startsWith("restwise: --type must be one of easy, hard-workout,")
                .contains("got 'jogging'").doesNotContain("HARD_WORKOUT");
        assertThat(badRpe.err()).contains("--rpe");
        assertThat(both.err()).contains("not both");
        assertThat(neither.err()).contains("--type");
        assertThat(java.util.List.of(noMinutes, badType, badRpe, both, neither)).allSatisfy(r -> assertThat(r.exitCode()).isEqualTo(2));
        assertThat(CliRun.of("sessions", "--json", "--db", db()).out()).doesNotContain("\"minutes\"");
    }

    @Test
    void aSportCalledAsRunnersCallItIsFiledUnderItsTypeAndANearMissGetsASuggestion() {
        CliRun bike = CliRun.of("log", "--type", "Bike", "--minutes", "60", "--rpe", "4", "--db", db());
        CliRun typo = CliRun.of("log", "--type", "moutain run", "--minutes", "60", "--db", db());
        CliRun badModality = CliRun.of("log", "--type", "recovery", "--minutes", "20", "--modality", "walkk", "--db", db());

        assertThat(bike.exitCode()).isZero();
        assertThat(CliRun.of("sessions", "--json", "--db", db()).out()).contains("\"CYCLING\"");
        assertThat(typo.err()).contains("Did you mean mountain-run?");
        assertThat(badModality.err()).startsWith("restwise: --modality must be one of walk, cycle, swim, aqua-jog, easy-jog")
                .contains("Did you mean walk?");
    }

    @Test
    void aChoiceOptionOfACalculatorIsRefusedInItsOwnWords() {
        CliRun run = CliRun.of("calc", "acwr", "--method", "foo", "--csv", "loads.csv");

        assertThat(run.err()).startsWith("restwise: --method must be one of uncoupled, coupled, ewma, got 'foo'");
    }
}
