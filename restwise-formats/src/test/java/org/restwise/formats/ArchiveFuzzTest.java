package org.restwise.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Content sniffing, gzip and zip archives: any bytes read within physical bounds or fail with a
 * one-line reason; any other exception is a bug. Plain {@code mvn test} replays the seeds and the
 * inputs fuzzing found; {@code bench/fuzz.sh} fuzzes every target for a fixed time.
 */
class ArchiveFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyStreamOnlyFailsWithAReason(byte[] input) {
        ReadActivity read;
        try {
            read = new ActivityFiles().readOne(new ByteArrayInputStream(input), "fuzz.gz");
        } catch (UnreadableActivityException expected) {
            assertThat(expected.reason()).doesNotContain("\n").endsWith(".");
            return;
        }
        PhysicalBounds.check(read.activity());
    }

    /** A zip is read from a file (its directory is at the end), as {@code restwise import export.zip} reads it. */
    @FuzzTest(maxDuration = "60s")
    void anyZipReadsEntryByEntryOrFailsWithAReason(byte[] input) {
        Path zip = null;
        try {
            zip = Files.createTempFile("restwise-fuzz", ".zip");
            Files.write(zip, input);
            List<ReadOutcome> outcomes = new ArrayList<>();
            new ActivityFiles().read(zip, outcomes::add);
            assertThat(outcomes).isNotEmpty();
            for (ReadOutcome outcome : outcomes) {
                if (outcome instanceof ReadOutcome.Read read) {
                    PhysicalBounds.check(read.activity().activity());
                } else {
                    assertThat(((ReadOutcome.Failed) outcome).reason()).doesNotContain("\n").endsWith(".");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (zip != null) {
                zip.toFile().delete();
            }
        }
    }
}
