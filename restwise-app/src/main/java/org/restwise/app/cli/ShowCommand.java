package org.restwise.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.restwise.core.journal.SavedCheckIn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restwise show DATE}: any day's stored decision, as {@code today} shows today's. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"The decision of a past day, as its check-in stored it: the short card, or the whole one with --verbose.",
            "restwise history lists the days with a check-in."})
public final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database;
    @Parameters(paramLabel = "DATE", description = "The day, YYYY-MM-DD.")
    LocalDate date;
    @Option(names = "--json", description = "Print the day's stored decision as its check-in printed it (JSON).")
    boolean json;
    @Option(names = "--verbose", description = "Print the whole card: every reason, what to avoid, and the evidence.")
    boolean verbose;

    @Override
    public Integer call() {
        Optional<SavedCheckIn> checkIn = database.journal().read(j -> j.checkIns().onDate(date));
        if (checkIn.isEmpty()) {
            throw new UserInputException("no check-in on " + date + " (restwise history lists the days with one)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(checkIn.get().adviceJson());
            return 0;
        }
        out.println(date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + date + ":");
        StoredCard.print(out, checkIn.get(), verbose);
        return 0;
    }
}
