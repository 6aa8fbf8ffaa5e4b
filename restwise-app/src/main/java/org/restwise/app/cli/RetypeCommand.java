package org.restwise.app.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.restwise.app.journal.ActivityRetyping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restwise sessions retype}: reads every imported session's type again with today's rules and profile. */
@Command(name = "retype", mixinStandardHelpOptions = true,
        description = {"Read the type of every imported session again, with today's rules and your profile's maximum"
                + " heart rate (set after an import, it lets intensity decide).",
                "A type you chose yourself stays as you set it."})
final class RetypeCommand implements Callable<Integer> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database;
    @Option(names = "--dry-run", description = "Show what would change, and change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        ActivityRetyping.Outcome outcome = dryRun
                ? database.journal().read(ActivityRetyping::review)
                : database.journal().write(ActivityRetyping::apply);
        PrintWriter out = spec.commandLine().getOut();
        for (ActivityRetyping.Change change : outcome.changes()) {
            String what = change.typeChanged()
                    ? SessionsCommand.typeOption(change.from().name()) + " → " + SessionsCommand.typeOption(change.to().type().name())
                    : SessionsCommand.typeOption(change.from().name()) + ", reason updated";
            out.println(TerminalText.escaped(String.format(Locale.ROOT, "%5d  %s  %s: %s", change.sessionId(),
                    DATE.format(change.date()), what, change.to().reason())));
        }
        out.println(outcome.summary());
        if (dryRun && !outcome.changes().isEmpty()) {
            out.println("Nothing was changed (--dry-run).");
        }
        return 0;
    }
}
