package org.restwise.app.cli.calc;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.restwise.app.cli.UserInputException;
import org.restwise.app.cli.VersionProvider;
import org.restwise.app.json.Json;
import org.restwise.core.terrain.GradeAdjustedPace;
import org.restwise.core.terrain.GradeCostModel;
import org.restwise.core.units.Pace;
import org.restwise.core.units.PaceUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restwise calc gap}: the flat pace worth the same energy as a pace run on a grade. */
@Command(
        name = "gap",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Grade-adjusted pace: the flat pace that costs the same energy as PACE",
            "run on GRADE.",
            "Formula: GAP = pace / costRatio(grade), costRatio = Cr(grade) / Cr(0),",
            "  Cr(i) = 155.4i^5 - 30.4i^4 - 43.3i^3 + 46.3i^2 + 19.5i + 3.6 J/kg/m.",
            "Source: Minetti et al. 2002, J Appl Physiol 93:1039,",
            "  doi:10.1152/japplphysiol.01177.2001 (treadmill, elite mountain",
            "  runners, grades -45 %% to +45 %%).",
            "Energy only: a steep descent scores fast here, yet it does the legs the",
            "most eccentric damage.",
        })
public final class GapCalc implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--grade", required = true, paramLabel = "PERCENT",
            description = "Grade in percent, -45 to 45 (negative is downhill).")
    double gradePercent;

    @Option(names = "--pace", required = true, paramLabel = "M:SS",
            description = "Pace run on the grade, minutes:seconds per km (per mile with --units imperial).")
    String pace;

    @Option(names = "--units", paramLabel = "metric|imperial", defaultValue = "metric",
            description = "Minutes per kilometre (metric, the default) or per mile (imperial).")
    UnitSystem units;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "minetti",
            description = "Grade-cost model: minetti (Minetti et al. 2002, default).")
    GradeModelChoice model;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    /** The JSON contract: the first three fields are public (DESIGN.md); later ones are additions. */
    record Result(double gradePercent, double costRatio, String gradeAdjustedPace,
            double gradeAdjustedPaceSecondsPerKm, String pace, String paceUnit, String model, String formula) {
    }

    @Override
    public Integer call() {
        GradeCostModel costModel = model.model();
        double grade = CalcInput.gradeFraction("--grade", gradePercent, costModel);
        PaceUnit unit = units.paceUnit();
        Pace actual;
        try {
            actual = Pace.parse(pace, unit);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--pace: " + e.getMessage());
        }
        GradeAdjustedPace gap = GradeAdjustedPace.of(actual, grade, costModel);
        Result result = new Result(gradePercent, CalcInput.round(gap.costRatio(), 4),
                gap.flatEquivalent().format(unit), CalcInput.round(gap.flatEquivalent().secondsPerKilometre(), 1),
                actual.format(unit), unit.label(), gap.model(), "GAP = pace / costRatio");
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(result));
        } else {
            out.printf(Locale.ROOT, "Grade-adjusted pace: %s %s%n", result.gradeAdjustedPace(), unit.label());
            out.printf(Locale.ROOT, "  %s %s at %s %% costs %.3f x the flat per metre (%s);%n",
                    result.pace(), unit.label(), CalcInput.plain(gradePercent), gap.costRatio(), gap.model());
            out.printf(Locale.ROOT, "  GAP = pace / cost ratio. Energy only: descents cost the legs more than this says.%n");
        }
        out.flush();
        return 0;
    }
}
