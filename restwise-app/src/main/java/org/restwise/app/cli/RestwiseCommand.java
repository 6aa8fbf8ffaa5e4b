package org.restwise.app.cli;

import org.restwise.app.cli.plan.PlanCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code restwise} command: one subcommand per thing a runner or coach does. */
@Command(
        name = "restwise",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Recovery advice for trail and ultra runners: move, rest or reassess today,",
            "how much, and why."
        },
        subcommands = {
            AdviseCommand.class,
            CheckInCommand.class,
            TodayCommand.class,
            ShowCommand.class,
            HistoryCommand.class,
            LogCommand.class,
            SessionsCommand.class,
            ProfileCommand.class,
            LoadCommand.class,
            PlanCommand.class,
            AnalyzeCommand.class,
            ImportCommand.class,
            CalcCommand.class,
            ExportCommand.class,
            RestoreCommand.class,
            ServeCommand.class,
            AdminCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class RestwiseCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** The configured command line, shared by {@link org.restwise.app.Main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new RestwiseCommand());
        commandLine.setExecutionExceptionHandler(new CliErrors());
        commandLine.setParameterExceptionHandler(new CliErrors());
        // So that "--units imperial" and "--method ewma" read as a runner would type them.
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
