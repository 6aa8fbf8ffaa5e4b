package org.restwise.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileInputTest {

    private static final String POINT = "<trkpt lat=\"46.1\" lon=\"13.8\"><ele>1000</ele>"
            + "<time>2024-05-01T10:00:00Z</time></trkpt>";

    private static UnreadableActivityException failure(String xml, String name) {
        try {
            new ActivityFiles().readOne(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), name);
        } catch (UnreadableActivityException e) {
            return e;
        }
        throw new AssertionError(name + " was read");
    }

    /** Found by fuzzing: the JDK parser threw MissingResourceException, which stopped a whole archive. */
    @Test
    void aNulInsideADtdIsMalformedXmlNotAParserCrash() {
        UnreadableActivityException e = failure("<?xml version=\"1.0\"?><!DOCTYPE gpx [<!E\0O\0NTITY a \"aaaa\">]>"
                + "<gpx>&a;</gpx>", "nul-in-dtd.gpx");
        assertThat(e.reason()).startsWith("The file is not well-formed XML at line 1").doesNotContain("\n");
    }

    /** Found by fuzzing: the FIT SDK's integrity check threw ArrayIndexOutOfBoundsException. */
    @Test
    void aFitFileTheIntegrityCheckCannotWalkIsDamaged() throws IOException {
        byte[] fit;
        try (var in = getClass().getResourceAsStream("FitFuzzTestInputs/fitReaderOnlyFailsWithAReason/found-integrity-check-out-of-bounds")) {
            fit = in.readAllBytes();
        }
        assertThatThrownBy(() -> new FitReader().read(new ByteArrayInputStream(fit), "damaged.fit"))
                .isInstanceOf(UnreadableActivityException.class)
                .hasMessageContaining("The FIT file is damaged");
    }

    @Test
    void externalEntitiesAreRefusedWithoutReadingTheFile() {
        UnreadableActivityException e = failure("<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY x SYSTEM "
                + "\"file:///etc/hostname\">]><gpx><trk><trkseg>" + POINT + "</trkseg></trk><name>&x;</name></gpx>",
                "xxe.gpx");
        assertThat(e.reason()).contains("declares a DTD");
    }

    @Test
    void entityExpansionBombIsRefused() {
        UnreadableActivityException e = failure("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<TrainingCenterDatabase>&c;</TrainingCenterDatabase>", "bomb.tcx");
        assertThat(e.reason()).contains("declares a DTD");
    }

    @Test
    void malformedXmlNamesTheLine() {
        UnreadableActivityException e = failure("<gpx>\n<trk><trkseg>\n<trkpt lat=\"1\" lon=\"2\"></trkseg>", "bad.gpx");
        assertThat(e.getMessage()).startsWith("bad.gpx: The file is not well-formed XML at line 3");
        assertThat(e.reason()).doesNotContain("\n");
    }

    @Test
    void bytesThatAreNotUtf8GiveOneCleanSentence() {
        byte[] bytes = {'<', 'g', 'p', 'x', '>', (byte) 0xFF, (byte) 0xC3, '<', '/', 'g', 'p', 'x', '>'};
        assertThatThrownBy(() -> new ActivityFiles().readOne(new ByteArrayInputStream(bytes), "latin.gpx"))
                .isInstanceOf(UnreadableActivityException.class)
                .hasMessage("latin.gpx: The file holds bytes that are not valid text in its declared character encoding.");
    }

    @Test
    void zeroByteFileIsEmpty() {
        assertThatThrownBy(() -> new ActivityFiles().readOne(new ByteArrayInputStream(new byte[0]), "x.fit"))
                .hasMessage("x.fit: The file is empty (0 bytes).");
    }

    @Test
    void trackPointsWithoutTimeOrElevationStillRead() throws Exception {
        ReadActivity read = new ActivityFiles().readOne(new ByteArrayInputStream(
                ("<gpx><trk><trkseg><trkpt lat=\"46.1\" lon=\"13.8\"/><trkpt lat=\"46.2\" lon=\"13.8\"/>"
                        + "</trkseg></trk></gpx>").getBytes(StandardCharsets.UTF_8)), "bare.gpx");
        assertThat(read.activity().summary().points()).isEqualTo(2);
    }

    @Test
    void aTrackPointOutsideAnyTrackIsNotPartOfTheRecording() throws Exception {
        ReadActivity read = new ActivityFiles().readOne(new ByteArrayInputStream(
                ("<gpx><trkpt lat=\"46.0\" lon=\"13.8\"/><trk><trkseg><trkpt lat=\"46.1\" lon=\"13.8\"/>"
                        + "<trkpt lat=\"46.2\" lon=\"13.8\"/></trkseg></trk></gpx>").getBytes(StandardCharsets.UTF_8)),
                "stray.gpx");
        assertThat(read.activity().summary().points()).isEqualTo(2);
    }

    @Test
    void gzipBombFailsOnItsOwn() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            gzip.write("<gpx>".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 40; i++) {
                gzip.write(spaces);
            }
        }
        assertThatThrownBy(() -> new ActivityFiles().readOne(new ByteArrayInputStream(compressed.toByteArray()),
                "bomb.gpx.gz"))
                .isInstanceOf(UnreadableActivityException.class)
                .hasMessageContaining("expands more than 100 times its compressed size");
    }

    @Test
    void truncatedGzipFailsWithOneLine() throws Exception {
        byte[] whole = Files.readAllBytes(Fixtures.file("tcx/tcxparser--test.tcx.gz"));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> new ActivityFiles().readOne(new ByteArrayInputStream(half), "cut.tcx.gz"))
                .isInstanceOf(UnreadableActivityException.class)
                .hasMessageStartingWith("cut.tcx.gz: The ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aNonActivityFileSaysWhatItIsNot(@TempDir Path dir) throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "hello");
        List<ReadOutcome> outcomes = new ArrayList<>();
        new ActivityFiles().read(notes, outcomes::add);
        assertThat(outcomes).containsExactly(
                new ReadOutcome.Failed(notes.toString(), "The file is not a GPX, TCX or FIT activity file."));
    }
}
