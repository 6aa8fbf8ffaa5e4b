package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line refuses what the web refuses: a date before 1900 or after tomorrow stores nothing. */
class ImplausibleDatesTest {

    @TempDir
    Path dir;

    private CliRun run(String stdin, String... args) {
        String[] withDb = Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = "jdbc:sqlite:" + dir.resolve("journal.db");
        return CliRun.withInput(stdin, withDb);
    }

    private String latest() {
        return LocalDate.now().plusDays(1).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "1899-12-31", "9999-12-31", "-999999999-01-01"})
    void aCheckInForAnImplausibleDateIsRefusedBeforeAnyQuestion(String date) {
        CliRun run = run("", "check-in", "--date", date);

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err()).isEqualTo("restwise: --date: must be between 1900-01-01 and " + latest()
                + " (no later than tomorrow), got " + date + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(run("", "history", "--json", "--days", "3660").out()).isEqualToIgnoringWhitespace("[]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "9999-12-31", "-999999999-01-01"})
    void aJsonCheckInForAnImplausibleDateIsRefused(String date) {
        CliRun run = run("{\"date\":\"" + date + "\"}", "check-in", "--json", "-");

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err()).startsWith("restwise: date: must be between 1900-01-01 and ").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "9999-12-31"})
    void aSessionForAnImplausibleDateIsNeitherLoggedNorEdited(String date) throws Exception {
        String session = "{\"date\":\"" + date + "\",\"type\":\"EASY\",\"minutes\":30}";

        CliRun logged = run(session, "log", "--json", "-");
        Files.writeString(dir.resolve("good.json"), "{\"date\":\"2020-01-01\",\"type\":\"EASY\",\"minutes\":30}");
        run("", "log", "--json", dir.resolve("good.json").toString());
        CliRun edited = run(session, "sessions", "edit", "1", "--json", "-");

        assertThat(logged.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(logged.err()).startsWith("restwise: date: must be between 1900-01-01 and " + latest());
        assertThat(edited.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(edited.err()).startsWith("restwise: date: must be between 1900-01-01 and " + latest());
    }

    @Test
    void anAdviceForAnImplausibleDateIsRefused() {
        CliRun run = CliRun.withInput("{\"date\":\"9999-12-31\"}", "advise", "--json", "-");

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err()).startsWith("restwise: date: must be between 1900-01-01 and " + latest());
    }
}
