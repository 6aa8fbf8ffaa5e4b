package org.restwise.app.cli.plan;

import org.restwise.app.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code restwise plan}: the days after a race, and a recovery week. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Recovery plans: the return from a race, and a lighter week.",
        subcommands = {PostRaceCommand.class, RecoveryWeekCommand.class, CommandLine.HelpCommand.class})
public final class PlanCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
