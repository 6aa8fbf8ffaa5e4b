package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sessions edit} changes only what it is given; everything left out stays as it was. */
class SessionsEditTest {

    @TempDir
    Path dir;

    private CliRun run(String stdin, String... args) {
        String[] withDb = Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = "jdbc:sqlite:" + dir.resolve("journal.db");
        return CliRun.withInput(stdin, withDb);
    }

    private JsonNode session() {
        return run("", "sessions", "--json").json().get(0);
    }

    @BeforeEach
    void anEasyRunLogged() {
        CliRun logged = run("", "log", "--date", "2026-11-28", "--start", "07:15", "--type", "easy", "--minutes", "40",
                "--rpe", "3", "--distance-km", "8", "--ascent-m", "120");
        assertThat(logged.exitCode()).as(logged.err()).isZero();
    }

    @Test
    void anOptionChangesItsFieldAndNothingElse() {
        CliRun edited = run("", "sessions", "edit", "1", "--type", "Long run", "--minutes", "95");

        assertThat(edited.exitCode()).as(edited.err()).isZero();
        JsonNode s = session();
        assertThat(s.get("type").asText()).isEqualTo("LONG_RUN");
        assertThat(s.get("minutes").asInt()).isEqualTo(95);
        assertThat(s.get("rpe").asInt()).isEqualTo(3);
        assertThat(s.get("distanceKm").asDouble()).isEqualTo(8.0);
        assertThat(s.get("ascentM").asDouble()).isEqualTo(120.0);
        assertThat(s.get("start").asText()).isEqualTo("2026-11-28T07:15");
    }

    @Test
    void jsonGivesOnlyTheFieldsToChangeAndNullClearsOne() {
        CliRun edited = run("{\"rpe\": null, \"descentM\": 300}", "sessions", "edit", "1", "--json", "-");

        assertThat(edited.exitCode()).as(edited.err()).isZero();
        JsonNode s = session();
        assertThat(s.get("rpe").isNull()).isTrue();
        assertThat(s.get("descentM").asDouble()).isEqualTo(300.0);
        assertThat(s.get("type").asText()).isEqualTo("EASY");
        assertThat(s.get("minutes").asInt()).isEqualTo(40);
    }

    @Test
    void aNewDateKeepsTheStartsTimeOfDay() {
        run("", "sessions", "edit", "1", "--date", "2026-11-27");

        assertThat(session().get("start").asText()).isEqualTo("2026-11-27T07:15");
    }

    @Test
    void aBadValueIsRefusedNamingItsOptionAndChangesNothing() {
        CliRun edited = run("", "sessions", "edit", "1", "--rpe", "11", "--type", "long-run");

        assertThat(edited.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(edited.err().strip()).isEqualTo("restwise: --rpe must be between 0 and 10, got 11");
        assertThat(session().get("type").asText()).isEqualTo("EASY");
    }

    @Test
    void nothingToChangeOrNoSuchSessionIsSaidInOneLine() {
        CliRun nothing = run("", "sessions", "edit", "1");
        CliRun missing = run("", "sessions", "edit", "9", "--rpe", "4");
        CliRun both = run("{}", "sessions", "edit", "1", "--json", "-", "--rpe", "4");

        assertThat(nothing.err().strip()).isEqualTo("restwise: say what to change, for example --type long-run or --rpe 6,"
                + " or give --json FILE");
        assertThat(missing.err().strip()).isEqualTo("restwise: no session with id 9 (restwise sessions lists them with their ids)");
        assertThat(both.err().strip()).contains("either with --json or with options");
        assertThat(java.util.List.of(nothing, missing, both)).allSatisfy(r -> assertThat(r.exitCode()).isNotZero());
    }
}
