package org.restwise.formats.wellness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.restwise.core.body.ArtefactFilter;
import org.restwise.core.body.FilteredIntervals;
import org.restwise.core.body.Rmssd;
import org.restwise.core.body.RrIntervals;

/**
 * Each rMSSD we compute from a real recording agrees with an independent computation: the same
 * method (range rule, Malik's 20 % rule against the previous recorded interval, differences only
 * between kept neighbours) written again in a few lines of Python 3, fed the very intervals our
 * readers took from the file, gaps included. Skipped, and saying so, where python3 is missing.
 */
class RmssdAgreesWithPythonTest {

    private static final String PYTHON = String.join("\n",
            "import sys, json, math",
            "d = json.load(sys.stdin); x = d['millis']; gaps = set(d['gaps']); n = len(x)",
            "ok = [300 <= v <= 2000 for v in x]",
            "keep = [False] * n",
            "for i in range(n):",
            "    near = i > 0 and i not in gaps",
            "    if ok[i] and not (near and ok[i - 1] and abs(x[i] - x[i - 1]) > 0.2 * x[i - 1]):",
            "        keep[i] = True",
            "diffs = [x[i] - x[i - 1] for i in range(1, n) if i not in gaps and keep[i] and keep[i - 1]]",
            "print(sum(keep), len(diffs), repr(math.sqrt(sum(v * v for v in diffs) / len(diffs))))");

    @BeforeAll
    static void pythonIsThere() {
        boolean found;
        try {
            Process probe = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            found = probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            found = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            found = false;
        }
        assumeTrue(found, "python3 is not installed here, so the independent rMSSD computation is skipped");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "garmin-fit-hrv-rr/sims1253--hrvester--2024-05-07-07-39-33.fit",
        "garmin-fit-hrv-rr/dtcooper--python-fitparse--garmin-fenix-5-run.fit",
        "garmin-fit-hrv-rr/jimmykane--fit-parser--running-with-developer-data.fit",
        "garmin-fit-hrv-rr/stadelmanma--fitparse-rs--hrv-activity.fit",
        "garmin-fit-hrv-rr/jimmykane--fit-parser--test2.fit",
        "rr-intervals/AdityaAsopa--trackfitness--Polar_H10_raw_data_RR.txt",
        "rr-intervals/AdityaAsopa--trackfitness--Polar_H10_AEFD6B29_20240219_100811_RR.txt",
        "rr-intervals/rhenanbartels--hrv--exercise_rri.hrm",
        "rr-intervals/rhenanbartels--hrv--rest_rri.txt",
        "rr-intervals/Aura-healthcare--hrv-analysis--test_nn_intervals.txt",
    })
    void rmssdAgreesWithAnIndependentPythonComputation(String file) throws Exception {
        RrIntervals intervals = intervalsOf(file);
        FilteredIntervals filtered = ArtefactFilter.STANDARD.apply(intervals);
        Rmssd rmssd = Rmssd.of(filtered).orElseThrow();

        String[] python = python(intervals).split(" ");

        assertThat(Integer.parseInt(python[0])).as("intervals kept").isEqualTo(rmssd.kept());
        assertThat(Integer.parseInt(python[1])).as("differences").isEqualTo(rmssd.differences());
        assertThat(Double.parseDouble(python[2])).as("rMSSD, ms").isCloseTo(rmssd.millis(), within(1e-6));
    }

    private static RrIntervals intervalsOf(String file) throws Exception {
        try (InputStream in = Files.newInputStream(WellnessFixtures.file(file))) {
            if (file.endsWith(".fit")) {
                return FitWellnessReader.messages(in, file).rr.build();
            }
            if (file.endsWith(".hrm")) {
                return new PolarHrmReader().recording(in, file).intervals();
            }
            if (file.contains("Polar_H10")) {
                return new PolarSensorLoggerReader().recording(in, file).intervals();
            }
            return new RrListReader(LocalDate.of(2024, 1, 1)).recording(in, file);
        }
    }

    private static String python(RrIntervals intervals) throws Exception {
        String json = "{\"millis\": [" + intervals.millis().stream().map(String::valueOf).collect(Collectors.joining(","))
                + "], \"gaps\": [" + intervals.gapsBefore().stream().map(String::valueOf).collect(Collectors.joining(",")) + "]}";
        Process process = new ProcessBuilder("python3", "-c", PYTHON).redirectErrorStream(true).start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(json.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
