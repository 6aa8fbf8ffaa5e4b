package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckInCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:sqlite:" + dir.resolve("journal.db");
    }

    /** Yesterday: read as of midday whatever the clock says, so the time of day never turns stale legs into rest. */
    private static String yesterday() {
        return java.time.LocalDate.now().minusDays(1).toString();
    }

    @Test
    void pipedAnswersGiveADecisionCardAndTheEndOfTheInputTakesTheDefaults() {
        // soreness 6, heavy legs yes; every other question takes its default
        CliRun run = CliRun.withInput("6\ny\n", "check-in", "--date", yesterday(), "--max-hr", "180", "--db", db());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("MOVE").contains("90–126 bpm");
    }

    @Test
    void aSharpPainAnswerEndsInReassess() {
        // soreness 3, heavy no, stiff no, puffy no, some pain: yes, sharp: yes
        CliRun run = CliRun.withInput("3\nn\nn\nn\ny\ny\n", "check-in", "--db", db());

        assertThat(run.out()).contains("REASSESS");
    }

    @Test
    void swellingInOnePlaceIsAskedApartFromPuffyLegsAndEndsInReassess() {
        // soreness 2, heavy no, stiff no, puffy no, some pain: yes, sharp no, one-sided no, swelling in one place yes
        CliRun run = CliRun.withInput("2\nn\nn\nn\ny\nn\nn\ny\n", "check-in", "--db", db());

        assertThat(run.out()).contains("Do both legs feel puffy").contains("Swelling in one place")
                .contains("REASSESS").contains("Red flags").contains("Swelling in one place");
    }

    @Test
    void withoutPainSwellingOrALimpThePainQuestionsAreNotAsked() {
        CliRun run = CliRun.withInput("2\nn\nn\nn\nn\n", "check-in", "--db", db());

        assertThat(run.out()).contains("Any pain, swelling in one place, or a limp?").doesNotContain("Is the pain sharp?")
                .doesNotContain("Limping, or running differently");
    }

    @Test
    void puffyLegsAloneAreStaleLegsThatNeedFlow() {
        CliRun run = CliRun.withInput("0\nn\nn\ny\n", "check-in", "--date", yesterday(), "--db", db());

        assertThat(run.out()).contains("MOVE").contains("Puffy legs");
    }

    @Test
    void aThresholdAboveTheMaximumIsRefusedNamingTheOption() {
        CliRun run = CliRun.withInput("", "check-in", "--max-hr", "170", "--threshold-hr", "175", "--db", db());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("restwise: --threshold-hr must be below --max-hr (170 bpm), got 175");
    }

    @Test
    void aWrongAnswerIsExplainedAndAskedAgainKeepingEveryEarlierAnswer() {
        // soreness 5 after three wrong tries, heavy legs yes, then 30 hours of sleep, refused at once, then 7,5
        CliRun card = CliRun.withInput("eleven\n12\n-1\n5\ny\nn\nn\nn\n30\n7,5\n", "check-in", "--date", yesterday(), "--db", db());

        assertThat(card.exitCode()).isZero();
        assertThat(card.out()).contains("'eleven' is not a whole number: please answer a whole number from 0 to 10.")
                .contains("12 is outside 0 to 10").contains("-1 is outside 0 to 10")
                .contains("30 hours is outside 0 to 24: please answer a number of hours from 0 to 24, or Enter to skip.")
                .contains("soreness at 5/10");
        assertThat(card.out().indexOf("30 hours is outside")).isLessThan(card.out().indexOf("Mood low or flat?"));
    }

    @Test
    void aChoiceMayBeShortenedAndANearMissIsSuggested() {
        CliRun card = CliRun.withInput("0\nn\nn\nn\nn\n\n\n\n\n\n\n\n\n\nmountian\nmount\n20\n", "check-in",
                "--date", yesterday(), "--db", db());

        assertThat(card.out()).contains("Did you mean mountain?");
        assertThat(card.exitCode()).isZero();
    }

    @Test
    void theDefaultsShownAreWhatTheJournalKnows() {
        String day = yesterday();
        CliRun.of("log", "--date", java.time.LocalDate.parse(day).minusDays(2).toString(), "--type", "ultra-race",
                "--minutes", "600", "--db", db());
        for (int ago = 3; ago >= 1; ago--) {
            CliRun.withInput("{\"date\":\"" + java.time.LocalDate.parse(day).minusDays(ago) + "\",\"signals\":{\"sleepHours\":5}}",
                    "check-in", "--json", "-", "--db", db());
        }

        CliRun card = CliRun.withInput("0\nn\nn\nn\nn\n5.5\n", "check-in", "--date", day, "--db", db());

        assertThat(card.out()).contains("Nights under 6 h in the last week (your journal counts 4) [4]:")
                .contains("or journal [ultra race, ").contains(" ago, from your journal]:");
    }
}
