package org.restwise.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.restwise.app.json.Json;
import org.restwise.core.activity.ActivitySummary;
import org.restwise.formats.ActivityFiles;
import org.restwise.formats.ReadOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restwise analyze [--json] FILE...}: what each activity file holds, measured our way. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Measure activity files without storing them: distance, climbing, descent, pace.",
            "Reads GPX, TCX and FIT (also gzipped), directories, Strava and Garmin export zips;",
            "reports distance, time, climbing, descending, heart rate and grade-adjusted pace.",
            "Exit status 1 when a file cannot be read; the others are still reported."
        })
public final class AnalyzeCommand implements Callable<Integer> {

    /** One analysed activity, fields in the order of the public contract. */
    record Analyzed(String file, String format, String sport, String start, int points, Double distanceMeters,
                    Double deviceDistanceMeters, Double durationSeconds, Double movingSeconds, Double ascentMeters,
                    Double descentMeters, Double descentDistanceMeters, Integer avgHeartRate, Integer maxHeartRate,
                    Double flatEquivalentMeters, Double gradeAdjustedPaceSecondsPerKm) {
    }

    /** A file that could not be read, and why in one sentence. */
    record Unreadable(String file, String error) {
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array, one object per activity.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Activity files, directories or export zips.")
    List<Path> files;

    @Override
    public Integer call() {
        // Measured while read, without chart profiles: memory stays the same whatever a file's length.
        ActivityFiles reader = ActivityFiles.summariesOnly();
        List<Object> results = new ArrayList<>();
        for (Path file : files) {
            reader.read(file, outcome -> results.add(describe(outcome)));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(results));
        } else {
            printTable(results, out, spec.commandLine().getErr());
        }
        out.flush();
        return results.stream().anyMatch(r -> r instanceof Unreadable) ? CliErrors.FAILURE : 0;
    }

    private static Object describe(ReadOutcome outcome) {
        if (outcome instanceof ReadOutcome.Failed failed) {
            return new Unreadable(failed.source(), failed.reason());
        }
        var read = ((ReadOutcome.Read) outcome).activity();
        ActivitySummary s = read.activity().summary();
        return new Analyzed(read.source(), read.format().name(), read.activity().sport().name(),
                s.start().map(Instant::toString).orElse(null), s.points(), tenths(s.distanceMeters()), tenths(s.deviceDistanceMeters()),
                tenths(s.durationSeconds()), tenths(s.movingSeconds()), tenths(s.ascentMeters()),
                tenths(s.descentMeters()), tenths(s.descentDistanceMeters()), s.avgHeartRateBpm().orElse(null),
                s.maxHeartRateBpm().orElse(null), tenths(s.flatEquivalentMeters()),
                tenths(s.gradeAdjustedPaceSecondsPerKm()));
    }

    /** Tenths are finer than any of these sensors measures; more digits would only be noise. */
    private static Double tenths(Optional<Double> value) {
        return value.map(v -> Math.round(v * 10) / 10.0).orElse(null);
    }

    private static void printTable(List<Object> results, PrintWriter out, PrintWriter err) {
        out.printf(Locale.ROOT, "%-40s %-4s %-17s %-20s %8s %8s %6s %6s %8s %4s %4s %7s%n", "file", "fmt", "sport",
                "start", "km", "moving", "up m", "down m", "down km", "avg", "max", "GAP/km");
        for (Object result : results) {
            if (result instanceof Unreadable u) {
                err.println("restwise: " + TerminalText.escaped(u.file()) + ": " + TerminalText.escaped(u.error()));
                continue;
            }
            Analyzed a = (Analyzed) result;
            out.printf(Locale.ROOT, "%-40s %-4s %-17s %-20s %8s %8s %6s %6s %8s %4s %4s %7s%n",
                    shorten(TerminalText.escaped(a.file())), a.format(), a.sport(),
                    a.start() == null ? "-" : a.start(),
                    a.distanceMeters() == null ? "-" : String.format(Locale.ROOT, "%.2f", a.distanceMeters() / 1000),
                    clock(a.movingSeconds()),
                    a.ascentMeters() == null ? "-" : String.format(Locale.ROOT, "%.0f", a.ascentMeters()),
                    a.descentMeters() == null ? "-" : String.format(Locale.ROOT, "%.0f", a.descentMeters()),
                    a.descentDistanceMeters() == null ? "-"
                            : String.format(Locale.ROOT, "%.2f", a.descentDistanceMeters() / 1000),
                    a.avgHeartRate() == null ? "-" : a.avgHeartRate().toString(),
                    a.maxHeartRate() == null ? "-" : a.maxHeartRate().toString(),
                    a.gradeAdjustedPaceSecondsPerKm() == null ? "-" : pace(a.gradeAdjustedPaceSecondsPerKm()));
        }
        err.flush();
    }

    private static String shorten(String file) {
        return file.length() <= 40 ? file : "…" + file.substring(file.length() - 39);
    }

    private static String clock(Double seconds) {
        if (seconds == null) {
            return "-";
        }
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    private static String pace(double secondsPerKm) {
        long s = Math.round(secondsPerKm);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
