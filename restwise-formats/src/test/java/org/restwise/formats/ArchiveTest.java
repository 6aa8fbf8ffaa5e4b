package org.restwise.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restwise.core.activity.Sport;

class ArchiveTest {

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** A GPX start tag and then megabytes of spaces: well-formed so far, and compressing 1000 times. */
    private static byte[] inflatingGpx(int megabytes) {
        byte[] bytes = new byte[megabytes * 1024 * 1024];
        java.util.Arrays.fill(bytes, (byte) ' ');
        System.arraycopy("<gpx>".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 5);
        return bytes;
    }

    private static List<ReadOutcome> readAll(Path path) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        new ActivityFiles().read(path, outcomes::add);
        return outcomes;
    }

    @Test
    void stravaExportReadsEveryActivityAndTakesTheSportFromTheCsv(@TempDir Path dir) throws IOException {
        Path export = dir.resolve("export_123.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(export))) {
            put(zip, "activities.csv", ("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Filename\n"
                    + "1,\"Jan 1, 2024\",Lake,Hike,\"a description, with a comma\nand a line break\",activities/1.gpx\n"
                    + "2,\"Jan 2, 2024\",Tempo,Run,,activities/2.tcx.gz\n").getBytes(StandardCharsets.UTF_8));
            put(zip, "activities/1.gpx", Files.readAllBytes(Fixtures.file("gpx/gpxpy--cerknicko-jezero.gpx")));
            put(zip, "activities/2.tcx.gz", Files.readAllBytes(Fixtures.file("tcx/tcxparser--test.tcx.gz")));
            put(zip, "activities/3.fit", Files.readAllBytes(Fixtures.file("fit/fitparse--activity-filecrc.fit")));
            put(zip, "profile.csv", "x".getBytes(StandardCharsets.UTF_8));
        }
        List<ReadOutcome> outcomes = readAll(export);
        assertThat(outcomes).extracting(ReadOutcome::source).containsExactly(
                export + "!activities/1.gpx", export + "!activities/2.tcx.gz", export + "!activities/3.fit");
        assertThat(((ReadOutcome.Read) outcomes.get(0)).activity().activity().sport()).isEqualTo(Sport.HIKING);
        assertThat(((ReadOutcome.Read) outcomes.get(1)).activity().format()).isEqualTo(ActivityFormat.TCX);
        assertThat(((ReadOutcome.Failed) outcomes.get(2)).reason()).contains("checksum");
    }

    @Test
    void garminExportReadsFitFilesFromTheZipInsideTheZip(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(inner)) {
            put(zip, "a.fit", Files.readAllBytes(Fixtures.file("fit/fitparse--2013-02-06-12-11-14.fit")));
            put(zip, "b.fit", Files.readAllBytes(Fixtures.file("fit/fitparse--activity-small-fenix2-run.fit")));
        }
        Path export = dir.resolve("garmin.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(export))) {
            put(zip, "DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", inner.toByteArray());
            put(zip, "DI_CONNECT/DI-Connect-Fitness/x_summarizedActivities.json", "[]".getBytes(StandardCharsets.UTF_8));
        }
        List<ReadOutcome> outcomes = readAll(export);
        assertThat(outcomes).hasSize(2).allMatch(o -> o instanceof ReadOutcome.Read);
        assertThat(outcomes.get(1).source()).endsWith("UploadedFiles_0-_Part1.zip!b.fit");
    }

    @Test
    void zipBombEntryFailsAndTheRestStillReads(@TempDir Path dir) throws IOException {
        Path export = dir.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(export); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "activities/bomb.gpx", inflatingGpx(50));
            put(zip, "activities/ok.tcx", Files.readAllBytes(Fixtures.file("tcx/tcxparser--test.tcx")));
        }
        List<ReadOutcome> outcomes = readAll(export);
        assertThat(outcomes).hasSize(2);
        assertThat(((ReadOutcome.Failed) outcomes.get(0)).reason()).contains("zip bomb");
        assertThat(outcomes.get(1)).isInstanceOf(ReadOutcome.Read.class);
    }

    @Test
    void archiveStopsAtItsTotalBudget(@TempDir Path dir) throws IOException {
        Path export = dir.resolve("big.zip");
        byte[] tcx = Files.readAllBytes(Fixtures.file("tcx/tcxparser--test.tcx"));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(export))) {
            for (int i = 0; i < 5; i++) {
                put(zip, "activities/" + i + ".tcx", tcx);
            }
        }
        List<ReadOutcome> outcomes = new ArrayList<>();
        new ActivityFiles(new ArchiveLimits(1 << 20, tcx.length * 2L + 10, 100, 1 << 20, 100))
                .read(export, outcomes::add);
        assertThat(outcomes.stream().filter(o -> o instanceof ReadOutcome.Read)).hasSize(2);
        assertThat(outcomes.get(outcomes.size() - 1)).isEqualTo(new ReadOutcome.Failed(export.toString(),
                "The archive expands to more than 0 MB in total; reading stopped there."));
    }

    /** Found by fuzzing: an empty export (or one with only other files) gave no outcome at all, so no word. */
    @Test
    void anArchiveWithoutActivityFilesSaysSo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("export.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "profile.csv", "not an activity".getBytes(StandardCharsets.UTF_8));
        }
        List<ReadOutcome> outcomes = new ArrayList<>();
        new ActivityFiles().read(file, outcomes::add);
        assertThat(outcomes).singleElement().isInstanceOfSatisfying(ReadOutcome.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo("The archive holds no GPX, TCX or FIT activity files."));
    }

    @Test
    void directoryReadsActivityFilesAndIgnoresTheRest(@TempDir Path dir) throws IOException {
        Files.copy(Fixtures.file("gpx/gpxpy--Mojstrovka.gpx.gz"), dir.resolve("a.gpx.gz"));
        Files.writeString(dir.resolve("readme.txt"), "not an activity");
        assertThat(readAll(dir)).singleElement().isInstanceOf(ReadOutcome.Read.class);
    }
}
