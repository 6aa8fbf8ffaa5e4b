package org.restwise.app.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.restwise.core.advice.AdviceEngine;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restwise check-in}: a few questions in the terminal, then the day's decision card. */
@Command(name = "check-in", mixinStandardHelpOptions = true,
        description = {
            "Answer a few questions about how you feel (under a minute) and get today's decision.",
            "Every question has a default: press Enter to accept it. Answers can also be piped, one per line."
        })
public final class CheckInCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--max-hr", paramLabel = "BPM", description = "Your maximum heart rate, for heart-rate targets.")
    Integer maxHeartRate;

    @Option(names = "--resting-hr", paramLabel = "BPM", description = "Your resting heart rate.")
    Integer restingHeartRate;

    @Option(names = "--threshold-hr", paramLabel = "BPM", description = "Your lactate-threshold heart rate.")
    Integer thresholdHeartRate;

    @Option(names = "--usual-doms-days", paramLabel = "DAYS", description = "How many days your soreness usually lasts.")
    Integer usualDomsDays;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day this check-in is for (default: today).")
    LocalDate date;

    private final Clock clock;

    public CheckInCommand() {
        this(Clock.systemDefaultZone());
    }

    CheckInCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        BufferedReader answers = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        CheckIn checkIn = new Questionnaire(answers, out)
                .ask(date == null ? LocalDate.now(clock) : date, LocalTime.now(clock), athlete());
        out.println();
        out.print(new DecisionCard(Terminal.supportsColour()).render(new AdviceEngine().advise(checkIn)));
        out.flush();
        return 0;
    }

    private AthleteProfile athlete() {
        return new AthleteProfile(Optional.ofNullable(maxHeartRate), Optional.ofNullable(restingHeartRate),
                Optional.ofNullable(thresholdHeartRate), Optional.ofNullable(usualDomsDays));
    }
}
