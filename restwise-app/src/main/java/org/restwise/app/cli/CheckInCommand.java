package org.restwise.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.restwise.app.access.AthleteJournal;
import org.restwise.app.journal.BodyByHand;
import org.restwise.app.journal.CheckInRecorder;
import org.restwise.app.journal.JournalDefaults;
import org.restwise.app.json.BodyJson;
import org.restwise.app.json.CheckInJson;
import org.restwise.app.json.FilledIn;
import org.restwise.app.json.InputFieldException;
import org.restwise.app.json.Json;
import org.restwise.app.json.PlausibleDates;
import org.restwise.core.body.normal.JumpTest;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code restwise check-in}: a few questions in the terminal (or the {@code advise} JSON with
 * {@code --json}), completed from the profile and the journal, then the day's decision, stored.
 */
@Command(name = "check-in", mixinStandardHelpOptions = true,
        description = {
            "Answer a few questions about how you feel (under a minute) and get today's decision.",
            "Every question has a default: press Enter to accept it. Answers can also be piped, one per line.",
            "With --json, read the advise input instead and print the advise output plus checkInId and context.",
            "The check-in and its decision are stored in the journal (one per date: a later one replaces it);",
            "what the check-in leaves out comes from your profile and journal (see the output's context)."
        })
public final class CheckInCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Read the check-in as JSON (the advise input) from FILE, or - for standard input.")
    String jsonFile;

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

    @Option(names = "--verbose", description = "Print the whole card: every reason, what to avoid, and the evidence.")
    boolean verbose;

    @Option(names = "--rmssd", paramLabel = "MS",
            description = "This morning's HRV as rMSSD in milliseconds, from your HRV app or chest strap (above 0, at most 500).")
    Double rmssdMs;

    @Option(names = "--morning-hr", paramLabel = "BPM",
            description = "The resting heart rate you measured this morning, in beats per minute (20 to 150).")
    Integer morningHeartRate;

    @Option(names = "--jumps", paramLabel = "CM", split = ",",
            description = "The heights of this morning's three countermovement jumps in centimetres, as 31.5,32,30.8.")
    List<Double> jumpsCm;

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
        if (date != null) {
            // Before the questions: an answer given to a check-in that cannot be stored is wasted.
            PlausibleDates.check("--date", date, LocalDate.now(clock));
        }
        CheckIn given;
        BodyByHand byHand = byHand();
        if (jsonFile != null) {
            // Parse and validate everything before the journal is touched: bad input stores nothing.
            CheckInJson.Entry entry = CheckInJson.parseEntry(InputSource.read(jsonFile, System.in),
                    date == null ? LocalDate.now(clock) : date);
            given = entry.checkIn().withAthlete(entry.checkIn().athlete().orElse(athlete()));
            byHand = entry.body().isEmpty() ? byHand : entry.body();
        } else {
            BufferedReader answers = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            LocalDate day = date == null ? LocalDate.now(clock) : date;
            given = new Questionnaire(answers, out).ask(day, LocalDate.now(clock), LocalTime.now(clock), athlete(),
                    journalKnows(database.journal(), day, LocalDateTime.now(clock)));
        }
        CheckInRecorder.Recorded recorded = new CheckInRecorder().record(database.journal(), given, byHand, LocalDateTime.now(clock));
        if (jsonFile != null) {
            out.println(recorded.json());
        } else {
            out.println();
            DecisionCard card = new DecisionCard(Terminal.supportsColour());
            out.print(verbose ? card.render(recorded.advice()) : card.renderShort(recorded.advice()));
            bodyLines(recorded).forEach(out::println);
            journalNotes(recorded).forEach(out::println);
            out.println("Saved as check-in " + recorded.checkInId() + " for " + given.date() + ".");
        }
        out.flush();
        return 0;
    }

    /** What the journal knows before the questions, to offer as their defaults. */
    static Questionnaire.JournalKnows journalKnows(AthleteJournal journal, LocalDate day, LocalDateTime now) {
        JournalDefaults.Known known = JournalDefaults.before(journal, day, now);
        return new Questionnaire.JournalKnows(known.lastHardSession().map(h -> DecisionCard.words(h.typeName()) + ", " + h.ago()),
                known.earlierShortNights());
    }

    /** The body's signals the decision read, one line each. */
    private static List<String> bodyLines(CheckInRecorder.Recorded recorded) {
        return BodyJson.readings(recorded.body()).stream()
                .map(r -> (r.outsideNormal() ? "Body, outside your normal: " : "Body: ") + r.words() + ".")
                .toList();
    }

    /**
     * What the options say was measured, read by the check-in contract's own checks; refused naming
     * the option before any question is asked.
     */
    private BodyByHand byHand() {
        if (morningHeartRate != null && maxHeartRate != null && morningHeartRate >= maxHeartRate) {
            throw new UserInputException("--morning-hr must be below --max-hr (" + maxHeartRate + "), got " + morningHeartRate);
        }
        if (jumpsCm != null && jumpsCm.size() != JumpTest.JUMPS) {
            throw new UserInputException("--jumps takes the heights of " + JumpTest.JUMPS + " jumps, as 31.5,32,30.8; got "
                    + jumpsCm.size());
        }
        ObjectNode body = Json.mapper().createObjectNode();
        if (rmssdMs != null) {
            body.put("rmssdMs", rmssdMs);
        }
        if (morningHeartRate != null) {
            body.put("restingHeartRateBpm", morningHeartRate);
        }
        if (jumpsCm != null) {
            jumpsCm.forEach(body.putArray("jumpsCm")::add);
        }
        try {
            return CheckInJson.body(body);
        } catch (InputFieldException e) {
            String field = e.field().orElse("");
            String option = field.startsWith("body.rmssdMs") ? "--rmssd"
                    : field.startsWith("body.restingHeartRateBpm") ? "--morning-hr" : "--jumps heights";
            throw new UserInputException(option + " " + e.problem());
        }
    }

    /** What the profile and the journal filled in, in words (never a field's contract name). */
    private static List<String> journalNotes(CheckInRecorder.Recorded recorded) {
        return FilledIn.lines(recorded.output(), constant -> DecisionCard.words(constant)).stream()
                .map(line -> "Filled in for you: " + line).toList();
    }

    private AthleteProfile athlete() {
        try {
            return new AthleteProfile(Optional.ofNullable(maxHeartRate), Optional.ofNullable(restingHeartRate),
                    Optional.ofNullable(thresholdHeartRate), Optional.ofNullable(usualDomsDays)).requireConsistentHeartRates();
        } catch (IllegalArgumentException e) {
            throw HeartRateOptions.refusal(e);
        }
    }
}
