package org.restwise.app.cli.calc;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.restwise.app.cli.VersionProvider;
import org.restwise.app.json.Json;
import org.restwise.core.terrain.FlatEquivalent;
import org.restwise.core.terrain.GradeCostModel;
import org.restwise.core.units.Lengths;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restwise calc flat-equivalent}: the flat distance worth the same energy as a distance on a grade. */
@Command(
        name = "flat-equivalent",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Flat-equivalent distance: the flat distance that costs the same energy",
            "as DISTANCE run on GRADE.",
            "Formula: flatEquivalent = distance x costRatio(grade),",
            "  costRatio = Cr(grade) / Cr(0).",
            "Source: Minetti et al. 2002, J Appl Physiol 93:1039,",
            "  doi:10.1152/japplphysiol.01177.2001 (treadmill, elite mountain",
            "  runners, grades -45 %% to +45 %%).",
            "Energy only: descents come out shorter, though their eccentric cost to",
            "the muscles is the greatest.",
        })
public final class FlatEquivalentCalc implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DistanceOption distance;

    @Option(names = "--grade", required = true, paramLabel = "PERCENT",
            description = "Average grade in percent, -45 to 45 (negative is downhill).")
    double gradePercent;

    @Option(names = "--units", paramLabel = "metric|imperial", defaultValue = "metric",
            description = "Kilometres (metric, the default) or miles (imperial) in the text output.")
    UnitSystem units;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "minetti",
            description = "Grade-cost model: minetti (Minetti et al. 2002, default).")
    GradeModelChoice model;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    /** Distance in kilometres or in miles, one of them. */
    static final class DistanceOption {
        @Option(names = "--distance-km", required = true, paramLabel = "KM", description = "Distance in km.")
        Double kilometres;

        @Option(names = "--distance-mi", required = true, paramLabel = "MILES", description = "Distance in miles.")
        Double miles;

        double kilometres() {
            return kilometres != null
                    ? CalcInput.notNegative("--distance-km", kilometres)
                    : Lengths.milesToKilometres(CalcInput.notNegative("--distance-mi", miles));
        }
    }

    /** The JSON contract: flatEquivalentKm and costRatio are public (DESIGN.md); the rest are additions. */
    record Result(double flatEquivalentKm, double costRatio, double flatEquivalentMiles, double distanceKm,
            double gradePercent, String model, String formula) {
    }

    @Override
    public Integer call() {
        GradeCostModel costModel = model.model();
        double grade = CalcInput.gradeFraction("--grade", gradePercent, costModel);
        FlatEquivalent flat = FlatEquivalent.of(distance.kilometres(), grade, costModel);
        Result result = new Result(CalcInput.round(flat.flatEquivalentKm(), 3), CalcInput.round(flat.costRatio(), 4),
                CalcInput.round(Lengths.kilometresToMiles(flat.flatEquivalentKm()), 3),
                CalcInput.round(flat.distanceKm(), 3), gradePercent, flat.model(), "flatEquivalent = distance x costRatio");
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(result));
        } else {
            boolean imperial = units == UnitSystem.IMPERIAL;
            String unit = imperial ? "mi" : "km";
            double given = imperial ? Lengths.kilometresToMiles(flat.distanceKm()) : flat.distanceKm();
            double equivalent = imperial ? result.flatEquivalentMiles() : result.flatEquivalentKm();
            out.printf(Locale.ROOT, "Flat equivalent: %.2f %s%n", equivalent, unit);
            out.printf(Locale.ROOT, "  %.2f %s at %s %% costs %.3f x the flat per metre (%s).%n",
                    given, unit, CalcInput.plain(gradePercent), flat.costRatio(), flat.model());
        }
        out.flush();
        return 0;
    }
}
