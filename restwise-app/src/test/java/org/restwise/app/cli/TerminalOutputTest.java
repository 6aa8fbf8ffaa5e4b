package org.restwise.app.cli;

import org.restwise.core.access.AthleteId;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.store.JournalStore;

/**
 * Names from outside (a profile's, a file's in a zip or a folder) reach the terminal escaped: no
 * control character in them can clear the screen, move the cursor or fake a line of output.
 */
class TerminalOutputTest {

    private static final String ESC = "\u001b";
    private static final String GPX = "gpx/gpxpy--korita-zbevnica.gpx";

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:sqlite:" + dir.resolve("journal.db");
    }

    private CliRun run(String... args) {
        String[] withDb = Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = db();
        return CliRun.of(withDb);
    }

    private static void assertNoControlCharacters(String output) {
        assertThat(output.replace(System.lineSeparator(), "")).doesNotContain(ESC, "\r", "\n", "\u202e");
    }

    @Test
    void aNameWithAControlCharacterIsRefused() {
        CliRun run = run("profile", "set", "--name", "Ann" + ESC + "[2J");

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err()).isEqualTo("restwise: --name: must be plain text, without control characters (found U+001B)"
                + System.lineSeparator());
        assertThat(run("profile", "show", "--json").json().get("name").isNull()).isTrue();
    }

    @Test
    void aNameStoredWithControlCharactersIsShownEscapedOnItsOwnLine() {
        JournalStore.open(db()).write(j -> {
            j.athlete(AthleteId.OWN_RUNNER).profile().save(new RunnerProfile(Optional.of("Ann" + ESC + "[2J\nMax heart rate:      250 bpm\u202e"),
                    Optional.empty(), RunnerProfile.Units.METRIC, AthleteProfile.UNKNOWN));
            return null;
        });

        CliRun shown = run("profile", "show");

        assertThat(shown.out().lines().toList()).hasSize(7)
                .first().isEqualTo("Name:                Ann\\u001B[2J\\nMax heart rate:      250 bpm\\u202E");
        assertNoControlCharacters(shown.out());
    }

    @Test
    void zipEntriesNamedWithControlCharactersAreImportedAndListedEscaped() throws IOException {
        Path export = dir.resolve("export.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(export))) {
            zip.putNextEntry(new ZipEntry("activities/morning\nImported 99, already there 0, skipped 0.gpx"));
            zip.write(Files.readAllBytes(TestJournals.fixture(GPX)));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("activities/" + ESC + "[2Jbroken.gpx"));
            zip.write("not a track".getBytes());
            zip.closeEntry();
        }

        CliRun imported = run("import", export.toString());

        assertThat(imported.out().lines().toList()).contains("Imported 1, already there 0, skipped 1.")
                .anyMatch(l -> l.startsWith("  session 1 ") && l.endsWith("!activities/morning\\nImported 99, already there 0, skipped 0.gpx"))
                .anyMatch(l -> l.startsWith("  skipped " + export + "!activities/\\u001B[2Jbroken.gpx: "));
        assertNoControlCharacters(imported.out());
    }

    @Test
    void aFolderOfOddlyNamedFilesIsAnalysedAndListedEscaped() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("watch"));
        Files.copy(TestJournals.fixture(GPX), folder.resolve("evening\nrun.gpx"));
        Files.writeString(folder.resolve(ESC + "]0;owned" + "\u0007.gpx"), "not a track");

        CliRun analysed = CliRun.of("analyze", folder.toString());

        assertThat(analysed.exitCode()).isEqualTo(CliErrors.FAILURE);
        assertThat(analysed.out().lines().toList()).hasSize(2).last().asString().contains("evening\\nrun.gpx");
        assertThat(analysed.err()).contains("\\u001B]0;owned\\u0007.gpx: ");
        assertNoControlCharacters(analysed.out());
        assertNoControlCharacters(analysed.err());
    }

    @Test
    void anErrorQuotingWhatWasTypedIsOneEscapedLine() {
        CliRun run = CliRun.of("advise", "--json", "no" + ESC + "[2J\nsuch.json");

        assertThat(run.exitCode()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(run.err()).isEqualTo("restwise: no\\u001B[2J\\nsuch.json: no such file" + System.lineSeparator());
    }
}
