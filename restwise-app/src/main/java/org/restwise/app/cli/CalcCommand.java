package org.restwise.app.cli;

import org.restwise.app.cli.calc.AcwrCalc;
import org.restwise.app.cli.calc.FlatEquivalentCalc;
import org.restwise.app.cli.calc.GapCalc;
import org.restwise.app.cli.calc.KmEffortCalc;
import org.restwise.app.cli.calc.ZonesCalc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code restwise calc}: the terrain, heart-rate and load calculators, each naming its formula. */
@Command(
        name = "calc",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Calculators for trail runners, each naming its formula and source:",
            "grade-adjusted pace, flat-equivalent distance, km-effort, heart-rate zones and ACWR."
        },
        subcommands = {GapCalc.class, FlatEquivalentCalc.class, KmEffortCalc.class, ZonesCalc.class, AcwrCalc.class})
public final class CalcCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
