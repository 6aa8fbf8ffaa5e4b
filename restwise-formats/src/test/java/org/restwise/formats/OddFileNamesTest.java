package org.restwise.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names no one types but a file system or a zip holds: each activity is still read, under its own name. */
class OddFileNamesTest {

    private static final String GPX = "gpx/gpxpy--korita-zbevnica.gpx";

    @TempDir
    Path dir;

    private static List<ReadOutcome> readAll(Path path) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        new ActivityFiles().read(path, outcomes::add);
        return outcomes;
    }

    @Test
    void aZipEntryWithANewlineOrAnEscapeInItsNameIsRead() throws IOException {
        Path zip = dir.resolve("export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("activities/morning\nrun.gpx", "activities/\u001b[2Jclear.gpx")) {
                out.putNextEntry(new ZipEntry(name));
                out.write(Files.readAllBytes(Fixtures.file(GPX)));
                out.closeEntry();
            }
        }

        List<ReadOutcome> outcomes = readAll(zip);

        assertThat(outcomes).extracting(ReadOutcome::source)
                .containsExactly(zip + "!activities/morning\nrun.gpx", zip + "!activities/\u001b[2Jclear.gpx");
        assertThat(outcomes).allMatch(o -> o instanceof ReadOutcome.Read);
    }

    @Test
    void aFileInAFolderWithANewlineInItsNameIsRead() throws IOException {
        Path file = Files.copy(Fixtures.file(GPX), dir.resolve("evening\nrun.gpx"));

        List<ReadOutcome> outcomes = readAll(dir);

        assertThat(outcomes).extracting(ReadOutcome::source).containsExactly(file.toString());
        assertThat(outcomes.get(0)).isInstanceOf(ReadOutcome.Read.class);
    }
}
