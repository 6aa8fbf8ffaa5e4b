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
            "Trail calculators: grade-adjusted pace, flat-equivalent, km-effort, zones, ACWR.",
            "Each names its formula and source."
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
