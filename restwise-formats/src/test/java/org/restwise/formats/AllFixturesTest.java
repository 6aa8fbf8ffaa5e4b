package org.restwise.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every one of the 64 corpus files either reads or fails with the reason we expect for it. */
class AllFixturesTest {

    /** The files that must not read, and a piece of the sentence that says why. */
    private static final Map<String, String> EXPECTED_FAILURES = Map.ofEntries(
            Map.entry("fit/sportslib--others--empty-sessions.fit", "empty (0 bytes)"),
            Map.entry("fit/fitparse--activity-unexpected-eof.fit", "truncated"),
            Map.entry("fit/fitparse--activity-filecrc.fit", "checksum does not match"),
            Map.entry("fit/fitparse--activity-settings-corruptheader.fit", "checksum does not match"),
            Map.entry("fit/fitparse--strava-android-app-201.10-b1218918.fit", "checksum does not match"),
            Map.entry("gpx/gpxpy--route.gpx", "planned route but no recorded track"),
            Map.entry("gpx/gpxpy--unicode_with_bom.gpx", "no recorded track points"),
            Map.entry("gpx/jpx--Austria.gpx", "no recorded track points"),
            Map.entry("gpx/derived--jpx--Austria.iso-8859-1.gpx", "no recorded track points"),
            Map.entry("tcx/gpsbabel--course.tcx", "is a course"));

    @Test
    void everyFixtureReadsOrFailsWithItsExpectedReason() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Fixtures.root())) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.(gpx|tcx|fit)(\\.gz)?"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        assertThat(files).hasSize(64);
        ActivityFiles reader = new ActivityFiles();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String name = Fixtures.root().relativize(file).toString().replace('\\', '/');
            List<ReadOutcome> outcomes = new ArrayList<>();
            reader.read(file, outcomes::add);
            if (outcomes.size() != 1) {
                problems.add(name + ": " + outcomes.size() + " outcomes");
                continue;
            }
            ReadOutcome outcome = outcomes.get(0);
            String expected = EXPECTED_FAILURES.get(name);
            if (expected == null && outcome instanceof ReadOutcome.Failed failed) {
                problems.add(name + " failed: " + failed.reason());
            } else if (expected != null && outcome instanceof ReadOutcome.Read) {
                problems.add(name + " read but should fail with '" + expected + "'");
            } else if (expected != null && !((ReadOutcome.Failed) outcome).reason().contains(expected)) {
                problems.add(name + " failed with '" + ((ReadOutcome.Failed) outcome).reason() + "'");
            }
            if (outcome instanceof ReadOutcome.Failed failed) {
                assertThat(failed.reason()).as(name).doesNotContain("\n").endsWith(".");
            }
        }
        assertThat(problems).isEmpty();
    }
}
