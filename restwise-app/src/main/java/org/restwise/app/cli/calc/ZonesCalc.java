package org.restwise.app.cli.calc;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.restwise.app.cli.UserInputException;
import org.restwise.app.cli.VersionProvider;
import org.restwise.app.json.Json;
import org.restwise.core.heartrate.BeatsRange;
import org.restwise.core.heartrate.HeartRateProfile;
import org.restwise.core.heartrate.HeartRateZone;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restwise calc zones}: the easy-recovery range and training zones from the heart rates known. */
@Command(
        name = "zones",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Heart-rate zones in whole beats (rounded half up), each naming its method:",
            "  easy recovery: 50-70 %% of maximum heart rate;",
            "  %% of max: zones 1-5 at 50/60/70/80/90/100 %% of maximum;",
            "  Karvonen (with --resting-hr): resting + %% x (max - resting),",
            "    Karvonen, Kentala & Mustala 1957;",
            "  threshold (with --threshold-hr): Friel's running zones at",
            "    85/90/95/100/103/107 %% of lactate-threshold heart rate;",
            "  and about 80 %% of threshold heart rate right after a session.",
            "Neighbouring zones share an edge; a heart rate on it is in the upper zone.",
        })
public final class ZonesCalc implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--max-hr", required = true, paramLabel = "BPM", description = "Maximum heart rate, bpm.")
    int maxHr;

    @Option(names = "--resting-hr", paramLabel = "BPM", description = "Resting heart rate, bpm (adds Karvonen zones).")
    Integer restingHr;

    @Option(names = "--threshold-hr", paramLabel = "BPM",
            description = "Lactate-threshold heart rate, bpm (adds threshold zones).")
    Integer thresholdHr;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    record Range(int min, int max, String method) {
    }

    record Zone(String method, String zone, Integer min, Integer max, Integer lowerPercent, Integer upperPercent) {
    }

    record Result(int maxHeartRate, Integer restingHeartRate, Integer thresholdHeartRate, Range easyRecovery,
            Integer postSessionClearance, List<Zone> zones) {
    }

    @Override
    public Integer call() {
        HeartRateProfile profile = profile();
        BeatsRange easy = profile.easyRecovery();
        Result result = new Result(maxHr, restingHr, thresholdHr,
                new Range(easy.minBpm(), easy.maxBpm(), "50-70 % of maximum heart rate"),
                boxed(profile.postSessionClearanceBpm()),
                profile.zones().stream().map(ZonesCalc::zone).toList());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(result));
        } else {
            printText(out, result);
        }
        out.flush();
        return 0;
    }

    /** Builds the profile one figure at a time, so a refusal names the option at fault. */
    private HeartRateProfile profile() {
        check("--max-hr", () -> HeartRateProfile.ofMax(maxHr));
        OptionalInt resting = restingHr == null ? OptionalInt.empty() : OptionalInt.of(restingHr);
        OptionalInt threshold = thresholdHr == null ? OptionalInt.empty() : OptionalInt.of(thresholdHr);
        check("--resting-hr", () -> new HeartRateProfile(maxHr, resting, OptionalInt.empty()));
        return check("--threshold-hr", () -> new HeartRateProfile(maxHr, resting, threshold));
    }

    private static HeartRateProfile check(String option, java.util.function.Supplier<HeartRateProfile> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new UserInputException(option + ": " + e.getMessage());
        }
    }

    private static Zone zone(HeartRateZone zone) {
        return new Zone(zone.method().description(), zone.name(), boxed(zone.minBpm()), boxed(zone.maxBpm()),
                percent(zone.lowerFraction()), percent(zone.upperFraction()));
    }

    private static Integer percent(java.util.OptionalDouble fraction) {
        return fraction.isPresent() ? (int) Math.round(fraction.getAsDouble() * 100) : null;
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static void printText(PrintWriter out, Result result) {
        out.printf(Locale.ROOT, "Easy recovery: %d-%d bpm (%s)%n", result.easyRecovery().min(),
                result.easyRecovery().max(), result.easyRecovery().method());
        if (result.postSessionClearance() != null) {
            out.printf(Locale.ROOT, "Right after a session: about %d bpm (80 %% of threshold heart rate)%n",
                    result.postSessionClearance());
        }
        String method = null;
        for (Zone zone : result.zones()) {
            if (!zone.method().equals(method)) {
                method = zone.method();
                out.printf(Locale.ROOT, "%nZones, %s:%n", method);
            }
            out.printf(Locale.ROOT, "  zone %-3s %-12s (%s)%n", zone.zone(),
                    span(zone.min(), zone.max(), " bpm"), span(zone.lowerPercent(), zone.upperPercent(), " %"));
        }
    }

    /** "93-111 bpm", or "below 140 bpm" / "177+ bpm" for an open zone. */
    private static String span(Integer min, Integer max, String unit) {
        if (min == null) {
            return "below " + max + unit;
        }
        return max == null ? min + "+" + unit : min + "-" + max + unit;
    }
}
