package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code today} and {@code show DATE} print the day's card; the short one fits one 80-column screen. */
class TodayCardTest {

    @TempDir
    Path dir;

    private CliRun run(String stdin, String... args) {
        String[] withDb = Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = "jdbc:sqlite:" + dir.resolve("journal.db");
        return CliRun.withInput(stdin, withDb);
    }

    private void checkIn(LocalDate date) {
        CliRun run = run("{\"date\":\"" + date + "\",\"signals\":{\"soreness\":5,\"heavyLegs\":true,\"stiffness\":true}}",
                "check-in", "--json", "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void todayPrintsTheShortCardThatFitsOneScreenAndVerbosePrintsTheWholeOne() {
        LocalDate today = LocalDate.now();
        run("", "log", "--date", today.minusDays(1).toString(), "--type", "mountain-run", "--minutes", "150",
                "--descent-m", "1500");
        checkIn(today);

        CliRun card = run("", "today");
        CliRun whole = run("", "today", "--verbose");

        assertThat(card.out()).startsWith("Today, " + today + ":\nMOVE — easy movement helps today  ·  limiter: stale legs\n")
                .contains("Dose\n").contains("Next\n").doesNotContain("Evidence");
        assertThat(card.out().lines()).hasSizeLessThanOrEqualTo(24).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(whole.out()).contains("Why\n").contains("Evidence\n").contains("Avoid\n");
    }

    @Test
    void showOpensAnyPastDaysCardAndSaysSoWhenThereIsNone() {
        LocalDate past = LocalDate.now().minusDays(3);
        checkIn(past);

        CliRun shown = run("", "show", past.toString());
        CliRun none = run("", "show", past.minusDays(1).toString());

        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).contains(past + ":\nMOVE — easy movement helps today");
        assertThat(none.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(none.err().strip()).isEqualTo("restwise: no check-in on " + past.minusDays(1)
                + " (restwise history lists the days with one)");
    }

    @Test
    void whatTheJournalFilledInIsSaidInWordsNeverInAFieldsContractName() {
        LocalDate today = LocalDate.now();
        run("", "log", "--date", today.minusDays(1).toString(), "--type", "mountain-run", "--minutes", "150",
                "--descent-m", "1500");

        CliRun card = run("\n".repeat(40), "check-in");

        assertThat(card.out()).contains("Filled in for you: Last hard session: mountain run — from your journal (")
                .doesNotContain("lastSession").doesNotContain("hoursSinceLastSession").doesNotContain("recoverySessionsLeftFlatter");
    }
}
