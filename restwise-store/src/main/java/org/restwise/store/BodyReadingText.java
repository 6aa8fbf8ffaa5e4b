package org.restwise.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.restwise.core.body.HrvReading;
import org.restwise.core.body.HrvWindow;
import org.restwise.core.body.Sleep;
import org.restwise.core.body.VendorHrvBand;
import org.restwise.core.body.normal.JumpTest;

/**
 * The {@code body_reading.details} column: a signal's figures beyond its main value, as
 * {@code key=value;key=value} with each value percent-encoded. Plain text reads the same on SQLite and
 * PostgreSQL and needs no JSON library in the store; a key this build does not know is ignored, so a
 * later build may add figures without a migration.
 */
final class BodyReadingText {

    private BodyReadingText() {
    }

    static String hrv(HrvReading reading) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("window", reading.window().name());
        reading.heartRateBpm().ifPresent(bpm -> figures.put("hr", Integer.toString(bpm)));
        reading.beats().ifPresent(b -> figures.put("beats", b.recorded() + "/" + b.kept()));
        reading.vendorBand().ifPresent(band -> {
            figures.put("band", number(band.lowUpperMillis()) + "/" + number(band.balancedLowerMillis()) + "/"
                    + number(band.balancedUpperMillis()));
            band.status().ifPresent(s -> figures.put("status", s));
        });
        return write(figures);
    }

    static HrvReading hrv(double rmssdMillis, String text) {
        Map<String, String> figures = read(text);
        HrvWindow window = HrvWindow.valueOf(figures.getOrDefault("window", HrvWindow.UNSTATED.name()));
        Optional<Integer> heartRate = Optional.ofNullable(figures.get("hr")).map(Integer::valueOf);
        Optional<HrvReading.BeatsKept> beats = Optional.ofNullable(figures.get("beats")).map(b -> {
            String[] parts = b.split("/");
            return new HrvReading.BeatsKept(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        });
        Optional<VendorHrvBand> band = Optional.ofNullable(figures.get("band")).map(b -> {
            String[] parts = b.split("/");
            return new VendorHrvBand(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Optional.ofNullable(figures.get("status")));
        });
        return new HrvReading(rmssdMillis, heartRate, window, beats, band);
    }

    static String sleep(Sleep night) {
        Map<String, String> figures = new LinkedHashMap<>();
        night.deep().ifPresent(d -> figures.put("deep", Long.toString(d.toSeconds())));
        night.light().ifPresent(d -> figures.put("light", Long.toString(d.toSeconds())));
        night.rem().ifPresent(d -> figures.put("rem", Long.toString(d.toSeconds())));
        night.awake().ifPresent(d -> figures.put("awake", Long.toString(d.toSeconds())));
        night.asleep().ifPresent(d -> figures.put("asleep", Long.toString(d.toSeconds())));
        night.score().ifPresent(s -> figures.put("score", Integer.toString(s)));
        return write(figures);
    }

    static Sleep sleep(String text) {
        Map<String, String> figures = read(text);
        return new Sleep(seconds(figures, "asleep"), seconds(figures, "deep"), seconds(figures, "light"),
                seconds(figures, "rem"), seconds(figures, "awake"),
                Optional.ofNullable(figures.get("score")).map(Integer::valueOf));
    }

    static String jump(JumpTest test) {
        return write(Map.of("jumps", test.jumpsCm().stream().map(BodyReadingText::number).collect(Collectors.joining(","))));
    }

    static JumpTest jump(String text) {
        String jumps = read(text).get("jumps");
        if (jumps == null) {
            throw new JournalException("a stored jump test has no jumps");
        }
        List<Double> heights = java.util.Arrays.stream(jumps.split(",")).map(Double::valueOf).toList();
        return new JumpTest(heights);
    }

    private static Optional<Duration> seconds(Map<String, String> figures, String key) {
        return Optional.ofNullable(figures.get(key)).map(s -> Duration.ofSeconds(Long.parseLong(s)));
    }

    static String write(Map<String, String> figures) {
        return figures.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining(";"));
    }

    static Map<String, String> read(String text) {
        Map<String, String> figures = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return figures;
        }
        for (String pair : text.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                figures.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return figures;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
