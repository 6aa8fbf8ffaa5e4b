package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Errors in the words a runner uses: no Java type names, one line and a pointer to help. */
class CliErrorsTest {

    @Test
    void aWordWhereANumberBelongsIsSaidInPlainWords() {
        CliRun run = CliRun.of("history", "--days", "x");

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err()).startsWith("restwise: --days must be a whole number, got 'x'\n");
        assertThat(run.err()).doesNotContain("is not an int").contains("Try 'restwise history --help'");
    }

    @Test
    void aSessionIdThatIsNoNumberNamesTheParameter() {
        CliRun run = CliRun.of("sessions", "delete", "abc");

        assertThat(run.err()).startsWith("restwise: ID must be a whole number, got 'abc'").doesNotContain("is not a long");
    }

    @Test
    void anAnswerThatIsNeitherYesNorNoNamesTheOptionWithoutJavaWords() {
        CliRun run = CliRun.of("log", "--type", "recovery", "--minutes", "20", "--loosened", "maybe");

        assertThat(run.err()).startsWith("restwise: --loosened: say yes or no, got 'maybe'").doesNotContain("Invalid value");
    }

    @Test
    void otherParseErrorsKeepPicocliWords() {
        assertThat(CliRun.of("history", "--no-such-option").err()).contains("Unknown option: '--no-such-option'");
    }
}
