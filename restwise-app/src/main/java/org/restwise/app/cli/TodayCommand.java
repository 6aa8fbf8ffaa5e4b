package org.restwise.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.restwise.core.journal.SavedCheckIn;
import picocli.CommandLine.Option;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code restwise today}: today's stored decision as a card, or a nudge to check in. */
@Command(name = "today", mixinStandardHelpOptions = true,
        description = {"Today's decision, as today's check-in stored it: the short card, or the whole one with --verbose.",
            "Without a check-in today, says how to make one."})
public final class TodayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database;
    @Option(names = "--json", description = "Print today's stored decision as the check-in printed it (JSON).")
    boolean json;
    @Option(names = "--verbose", description = "Print the whole card: every reason, what to avoid, and the evidence.")
    boolean verbose;

    @Override
    public Integer call() {
        LocalDate today = LocalDate.now();
        Optional<SavedCheckIn> checkIn = database.journal().read(j -> j.checkIns().onDate(today));
        PrintWriter out = spec.commandLine().getOut();
        if (checkIn.isEmpty()) {
            out.println("No check-in yet today (" + today + "). Run: restwise check-in");
            return 0;
        }
        if (json) {
            out.println(checkIn.get().adviceJson());
            return 0;
        }
        out.println("Today, " + today + ":");
        StoredCard.print(out, checkIn.get(), verbose);
        return 0;
    }
}
