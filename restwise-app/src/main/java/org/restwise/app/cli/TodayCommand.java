package org.restwise.app.cli;

import org.restwise.core.access.AthleteId;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.restwise.app.json.AdviceJson;
import org.restwise.core.journal.StoredCheckIn;
import org.restwise.core.journal.SavedCheckIn;
import picocli.CommandLine.Option;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code restwise today}: today's stored decision, or a nudge to check in. */
@Command(name = "today", mixinStandardHelpOptions = true,
        description = "Today's decision as stored by today's check-in, or a prompt to check in.")
public final class TodayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database;
    @Option(names = "--json", description = "Print today's stored decision as the check-in printed it (JSON).")
    boolean json;

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
        StoredCheckIn c = checkIn.get().entry();
        out.println("Today (" + today + "): " + c.decision() + "  ·  limiter: " + c.state()
                + (c.redFlags().isEmpty() ? "" : "  ·  red flags: "
                        + c.redFlags().stream().map(Enum::name).collect(Collectors.joining(", "))));
        boolean testCanChangeIt = AdviceJson.read(checkIn.get().adviceJson()).offersTenMinuteTest();
        out.println("Full decision: restwise today --json."
                + (testCanChangeIt ? " After ten easy minutes, run restwise check-in again with how it went." : ""));
        return 0;
    }
}
