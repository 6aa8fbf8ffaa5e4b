package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restwise.app.json.Json;
import picocli.CommandLine;

class AnalyzeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = RestwiseCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    /** The GPX written here is our own, so the test needs no corpus. */
    private static Path climb(Path dir) throws IOException {
        StringBuilder gpx = new StringBuilder("<gpx version=\"1.1\"><trk><type>running</type><trkseg>");
        for (int i = 0; i <= 600; i++) {
            gpx.append(String.format(java.util.Locale.ROOT,
                    "<trkpt lat=\"%.7f\" lon=\"7\"><ele>%.1f</ele><time>2024-06-01T06:%02d:%02dZ</time>"
                            + "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>150</gpxtpx:hr>"
                            + "</gpxtpx:TrackPointExtension></extensions></trkpt>",
                    45 + i * 2.0 / 111195.0, 1000 + i * 0.2, i / 60, i % 60));
        }
        Path file = dir.resolve("climb.gpx");
        Files.writeString(file, gpx.append("</trkseg></trk></gpx>"));
        return file;
    }

    @Test
    void jsonFollowsTheContractAndReportsUnreadableFilesWithStatusOne(@TempDir Path dir) throws IOException {
        Path good = climb(dir);
        Path empty = Files.createFile(dir.resolve("empty.fit"));
        int status = run("analyze", "--json", good.toString(), empty.toString());
        assertThat(status).isEqualTo(1);
        JsonNode array = Json.mapper().readTree(out.toString());
        JsonNode first = array.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("file", "format", "sport", "start", "points",
                "distanceMeters", "deviceDistanceMeters", "durationSeconds", "movingSeconds", "ascentMeters",
                "descentMeters", "descentDistanceMeters", "avgHeartRate", "maxHeartRate", "flatEquivalentMeters",
                "gradeAdjustedPaceSecondsPerKm");
        assertThat(first.get("format").asText()).isEqualTo("GPX");
        assertThat(first.get("sport").asText()).isEqualTo("RUNNING");
        assertThat(first.get("start").asText()).isEqualTo("2024-06-01T06:00:00Z");
        assertThat(first.get("points").asInt()).isEqualTo(601);
        assertThat(first.get("distanceMeters").asDouble()).isBetween(1199.0, 1201.0);
        assertThat(first.get("deviceDistanceMeters").isNull()).isTrue();
        assertThat(first.get("durationSeconds").asDouble()).isEqualTo(600.0);
        assertThat(first.get("ascentMeters").asDouble()).isBetween(119.0, 121.0);
        assertThat(first.get("avgHeartRate").asInt()).isEqualTo(150);
        assertThat(array.get(1).get("file").asText()).isEqualTo(empty.toString());
        assertThat(array.get(1).get("error").asText()).isEqualTo("The file is empty (0 bytes).");
    }

    @Test
    void tableSendsUnreadableFilesToStandardErrorAsOneLine(@TempDir Path dir) throws IOException {
        int status = run("analyze", climb(dir).toString(), dir.resolve("missing.gpx").toString());
        assertThat(status).isEqualTo(1);
        assertThat(out.toString()).contains("climb.gpx").contains("RUNNING");
        assertThat(err.toString().strip()).isEqualTo("restwise: " + dir.resolve("missing.gpx") + ": No such file.");
    }

    @Test
    void allReadableMeansStatusZero(@TempDir Path dir) throws IOException {
        assertThat(run("analyze", "--json", climb(dir).toString())).isZero();
        assertThat(Paths.get(dir.toString())).isDirectory();
    }
}
