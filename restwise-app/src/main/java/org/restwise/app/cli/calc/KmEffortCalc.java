package org.restwise.app.cli.calc;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.restwise.app.cli.VersionProvider;
import org.restwise.app.json.Json;
import org.restwise.core.terrain.KmEffort;
import org.restwise.core.units.Lengths;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restwise calc km-effort}: ITRA's distance-plus-climb figure for comparing courses. */
@Command(
        name = "km-effort",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Kilometre-effort: distance, with every 100 m of ascent counted as one",
            "more km.",
            "Formula: kmEffort = distance km + ascent m / 100.",
            "Source: ITRA (International Trail Running Association) race categories.",
            "A rule of thumb for comparing courses: descent counts for nothing,",
            "whatever its cost to the legs.",
        })
public final class KmEffortCalc implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    FlatEquivalentCalc.DistanceOption distance;

    @ArgGroup(exclusive = true, multiplicity = "1")
    AscentOption ascent;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    /** Ascent in metres or in feet, one of them. */
    static final class AscentOption {
        @Option(names = "--ascent-m", required = true, paramLabel = "METRES", description = "Total ascent (D+) in metres.")
        Double metres;

        @Option(names = "--ascent-ft", required = true, paramLabel = "FEET", description = "Total ascent (D+) in feet.")
        Double feet;

        double metres() {
            return metres != null
                    ? CalcInput.notNegative("--ascent-m", metres)
                    : Lengths.feetToMetres(CalcInput.notNegative("--ascent-ft", feet));
        }
    }

    /** The JSON contract: kmEffort is public (DESIGN.md); the rest are additions. */
    record Result(double kmEffort, double distanceKm, double ascentM, String formula) {
    }

    @Override
    public Integer call() {
        KmEffort effort = new KmEffort(distance.kilometres(), ascent.metres());
        Result result = new Result(CalcInput.round(effort.kmEffort(), 2), CalcInput.round(effort.distanceKm(), 3),
                CalcInput.round(effort.ascentMetres(), 1), "kmEffort = km + ascent m / 100 (ITRA)");
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(result));
        } else {
            out.printf(Locale.ROOT, "Km-effort: %.1f%n", effort.kmEffort());
            out.printf(Locale.ROOT, "  %.2f km + %.0f m of ascent / 100 (ITRA).%n", effort.distanceKm(), effort.ascentMetres());
        }
        out.flush();
        return 0;
    }
}
