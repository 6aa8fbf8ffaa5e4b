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

    @Test
    void pipedAnswersGiveADecisionCard() {
        // soreness 6, heavy legs yes, defaults for the next 19 questions, then "morning": the default time of
        // day follows the clock, and after 21:00 it is before-sleep, which turns stale legs into rest.
        CliRun run = CliRun.withInput("6\ny\n" + "\n".repeat(19) + "morning\n", "check-in", "--max-hr", "180", "--db", db());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("MOVE").contains("90–126 bpm");
    }

    @Test
    void aSharpPainAnswerEndsInReassess() {
        CliRun run = CliRun.withInput("3\nn\nn\nn\ny\n", "check-in", "--db", db());

        assertThat(run.out()).contains("REASSESS");
    }

    @Test
    void swellingInOnePlaceIsAskedApartFromPuffyLegsAndEndsInReassess() {
        // soreness 2, heavy no, stiff no, puffy no, sharp no, one-sided no, swelling in one place yes
        CliRun run = CliRun.withInput("2\nn\nn\nn\nn\nn\ny\n", "check-in", "--db", db());

        assertThat(run.out()).contains("Do both legs feel puffy").contains("Swelling in one place")
                .contains("REASSESS").contains("Red flags").contains("Swelling in one place");
    }

    @Test
    void puffyLegsAloneAreStaleLegsThatNeedFlow() {
        CliRun run = CliRun.withInput("0\nn\nn\ny\n" + "\n".repeat(18) + "morning\n", "check-in", "--db", db());

        assertThat(run.out()).contains("MOVE").contains("Puffy legs");
    }

    @Test
    void aThresholdAboveTheMaximumIsRefusedNamingTheOption() {
        CliRun run = CliRun.withInput("", "check-in", "--max-hr", "170", "--threshold-hr", "175", "--db", db());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("restwise: --threshold-hr must be below --max-hr (170 bpm), got 175");
    }

    @Test
    void aWrongAnswerIsAskedAgainAndThenRefusedInOneLine() {
        CliRun run = CliRun.withInput("eleven\n12\n-1\n", "check-in", "--db", db());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("Please answer a whole number from 0 to 10");
        assertThat(run.err().strip()).startsWith("restwise: no usable answer to \"Muscle soreness").doesNotContain("\n");
    }
}
