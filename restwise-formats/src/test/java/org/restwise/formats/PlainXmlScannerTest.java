package org.restwise.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.restwise.core.activity.Activity;

/**
 * The fast GPX path never changes a result: whatever {@link PlainXmlScanner} reads, StAX reads the
 * same; whatever it cannot, it declines (and StAX reads it again).
 */
class PlainXmlScannerTest {

    /** Bytes that matter to XML and to numbers: mutations with them reach the interesting paths. */
    private static final String SPECIAL = "<>/&\"'=:-. \r\n]?!0123456789eE+";

    private final GpxReader reader = new GpxReader();

    @Test
    void everyGpxFixtureTheFastPathReadsEqualsTheStaxResult() throws IOException {
        List<String> fast = new ArrayList<>();
        for (Path file : gpxFixtures()) {
            byte[] bytes = Files.readAllBytes(file);
            if (agree(bytes, file.toString())) {
                fast.add(file.getFileName().toString());
            }
        }
        // Most real GPX is plain UTF-8: if the fast path declined them all, it would be dead code.
        assertThat(fast.size()).as("fixtures read by the fast path: %s", fast).isGreaterThanOrEqualTo(15);
    }

    @Test
    void mutatedFixturesNeverReadDifferently() throws IOException {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Path> files = gpxFixtures();
        for (int i = 0; i < 1500; i++) {
            Path file = files.get(random.nextInt(files.size()));
            byte[] bytes = Files.readAllBytes(file);
            byte[] mutated = mutate(bytes, random);
            try {
                agree(mutated, file + " mutated");
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ", case " + i + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void timesSharingADateReadAsStaxReadsThem() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        StringBuilder gpx = new StringBuilder("<?xml version=\"1.0\"?><gpx><trk><trkseg>\n");
        // Forms off the fast one, all valid ISO-8601 (an invalid time makes the whole file decline).
        String[] odd = {"12:00:00.5Z", "12:00:00.123456789Z", "12:00Z", "12:00:00+02:00", "12:00:00", "12:00:00.Z"};
        for (int i = 0; i < 2000; i++) {
            String date = random.nextInt(20) == 0 ? "2024-02-29" : random.nextInt(20) == 0 ? "2023-12-31" : "2024-05-01";
            String time = random.nextInt(10) == 0 ? odd[random.nextInt(odd.length)]
                    : String.format(java.util.Locale.ROOT, "%02d:%02d:%02dZ", random.nextInt(24), random.nextInt(60),
                            random.nextInt(60));
            gpx.append("<trkpt lat=\"45\" lon=\"7\"><time>").append(date).append('T').append(time)
                    .append("</time></trkpt>\n");
        }
        gpx.append("</trkseg></trk></gpx>");
        byte[] bytes = gpx.toString().getBytes(StandardCharsets.UTF_8);
        try {
            assertThat(agree(bytes, "times.gpx")).as("read by the fast path").isTrue();
        } catch (AssertionError e) {
            throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
        }
    }

    @Test
    void plainDecimalsParseExactlyAsDoubleParseDouble() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            String text = switch (i % 4) {
                case 0 -> Double.toString((random.nextDouble() - 0.5) * 360);
                case 1 -> String.format(java.util.Locale.ROOT, "%.7f", (random.nextDouble() - 0.5) * 180);
                case 2 -> Integer.toString(random.nextInt(400) - 100);
                default -> String.format(java.util.Locale.ROOT, "%.1f", random.nextDouble() * 9000);
            };
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            double simple = PlainXmlScanner.simpleDecimal(bytes, 0, bytes.length);
            if (!Double.isNaN(simple)) {
                assertThat(simple).as(text).isEqualTo(Double.parseDouble(text));
            }
        }
        byte[] negativeZero = "-0.0".getBytes(StandardCharsets.US_ASCII);
        assertThat(Double.doubleToRawLongBits(PlainXmlScanner.simpleDecimal(negativeZero, 0, 4)))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    /** True when the fast path read the input; then StAX must give the very same activity. */
    private boolean agree(byte[] bytes, String source) {
        Activity fast;
        try {
            fast = reader.readPlain(new ByteArrayInputStream(bytes), source);
        } catch (Exception declined) {
            return false;
        }
        Activity stax;
        try {
            stax = reader.read(new ByteArrayInputStream(bytes), source);
        } catch (UnreadableActivityException e) {
            throw new AssertionError(source + ": the fast path read what StAX refuses: " + e.getMessage());
        }
        assertThat(fast).as(source).isEqualTo(stax);
        return true;
    }

    private static byte[] mutate(byte[] bytes, Random random) {
        byte[] out = bytes.clone();
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(4)) {
                case 0 -> out[at] = (byte) random.nextInt(256);
                case 1 -> out[at] = (byte) SPECIAL.charAt(random.nextInt(SPECIAL.length()));
                case 2 -> out = java.util.Arrays.copyOf(out, at);
                default -> {
                    byte[] shorter = new byte[out.length - 1];
                    System.arraycopy(out, 0, shorter, 0, at);
                    System.arraycopy(out, at + 1, shorter, at, out.length - at - 1);
                    out = shorter;
                }
            }
            if (out.length == 0) {
                return out;
            }
        }
        return out;
    }

    private static List<Path> gpxFixtures() throws IOException {
        try (Stream<Path> walk = Files.walk(Fixtures.root())) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".gpx")).sorted().collect(Collectors.toList());
        }
    }
}
