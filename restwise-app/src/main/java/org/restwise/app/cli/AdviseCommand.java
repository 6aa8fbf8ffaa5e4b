package org.restwise.app.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.restwise.app.json.AdviceJson;
import org.restwise.app.json.CheckInJson;
import org.restwise.app.json.Json;
import org.restwise.app.json.PlausibleDates;
import org.restwise.core.advice.Advice;
import org.restwise.core.advice.AdviceEngine;
import org.restwise.core.checkin.CheckIn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restwise advise}: a decision for one check-in, with nothing stored. */
@Command(name = "advise", mixinStandardHelpOptions = true,
        description = {
            "Decide move, rest or reassess for one check-in, without storing anything.",
            "The input is the check-in JSON described in the README (every field optional)."
        })
public final class AdviseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the decision as JSON (the public contract) instead of a card.")
    boolean json;
    @Option(names = "--verbose", description = "Print the whole card: every reason, what to avoid, and the evidence.")
    boolean verbose;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = "-",
            description = "Check-in JSON file, or - for standard input (the default).")
    String file;

    private final Clock clock;

    public AdviseCommand() {
        this(Clock.systemDefaultZone());
    }

    AdviseCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        CheckIn checkIn = CheckInJson.parse(InputSource.read(file, System.in), LocalDate.now(clock));
        PlausibleDates.check("date", checkIn.date(), LocalDate.now(clock));
        Advice advice = new AdviceEngine().advise(checkIn);
        var out = spec.commandLine().getOut();
        DecisionCard card = new DecisionCard(Terminal.supportsColour());
        out.print(json ? Json.pretty(AdviceJson.contract(advice)) + "\n" : verbose ? card.render(advice) : card.renderShort(advice));
        out.flush();
        return 0;
    }
}
