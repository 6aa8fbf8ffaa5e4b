package org.restwise.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.restwise.core.activity.SessionType;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;
import org.restwise.core.checkin.TenMinuteTest;
import org.restwise.core.checkin.TimeOfDay;
import org.restwise.core.checkin.TrainingBlock;

/**
 * The check-in as questions a runner answers in under a minute. Every question has a default
 * (Enter accepts it); a wrong answer is asked again, up to three times, then refused. Works the
 * same with answers piped on standard input, one per line.
 */
public final class Questionnaire {

    private static final int ATTEMPTS = 3;

    private static final Map<String, SessionType> SESSIONS = Map.of(
            "none", SessionType.NONE, "easy", SessionType.EASY, "hard", SessionType.HARD_WORKOUT,
            "intervals", SessionType.INTERVALS, "long", SessionType.LONG_RUN, "mountain", SessionType.MOUNTAIN_RUN,
            "downhill", SessionType.DOWNHILL_HEAVY, "ultra", SessionType.ULTRA_RACE,
            "100mile", SessionType.HUNDRED_MILE_RACE);

    private static final Map<String, TenMinuteTest> TESTS = Map.of(
            "not-done", TenMinuteTest.NOT_DONE, "loosened", TenMinuteTest.LOOSENED,
            "no-change", TenMinuteTest.NO_CHANGE, "expensive", TenMinuteTest.STAYED_EXPENSIVE,
            "sharp", TenMinuteTest.SHARP_OR_ODD, "worse", TenMinuteTest.WORSENED);

    private static final Map<String, TimeOfDay> TIMES = Map.of(
            "morning", TimeOfDay.MORNING, "midday", TimeOfDay.MIDDAY, "evening", TimeOfDay.EVENING,
            "before-sleep", TimeOfDay.BEFORE_SLEEP);

    // "journal" leaves the block to the journal's training load; a block typed in always wins.
    private static final Map<String, Optional<TrainingBlock>> BLOCKS = Map.of(
            "journal", Optional.empty(), "normal", Optional.of(TrainingBlock.NORMAL),
            "recovery-week", Optional.of(TrainingBlock.RECOVERY_WEEK), "shock", Optional.of(TrainingBlock.SHOCK_MICROCYCLE));

    private final BufferedReader in;
    private final PrintWriter prompts;

    public Questionnaire(BufferedReader in, PrintWriter prompts) {
        this.in = in;
        this.prompts = prompts;
    }

    public CheckIn ask(LocalDate date, LocalTime now, AthleteProfile athlete) {
        prompts.println("Restwise check-in — press Enter to accept the [default].");
        Signals.Builder s = Signals.builder()
                .soreness(integer("Muscle soreness, 0 (none) to 10 (worst)", 0, 0, 10))
                .heavyLegs(yes("Legs heavy or wooden?"))
                .stiffness(yes("Stiff?"))
                .puffyLegs(yes("Do both legs feel puffy or a bit swollen all over?"))
                .sharpPain(yes("Sharp pain anywhere?"))
                .oneSidedPain(yes("Pain on one side only, or in one spot?"))
                .swelling(yes("Swelling in one place: a joint, a tendon, one calf or ankle?"))
                .alteredGait(yes("Limping, or running differently to protect something?"))
                .symptomsWorsening(yes("Is any of that getting worse rather than better?"))
                .sleepHours(hours("Hours slept last night (Enter to skip)"))
                .shortSleepNights(integer("Short nights in the last few days", 0, 0, 14))
                .lowMood(yes("Mood low or flat?"))
                .unusualHunger(yes("Unusually hungry?"))
                .easyEffortFeelsExpensive(yes("Does easy effort feel strangely hard?"))
                .irritability(yes("More irritable than usual?"))
                .lowMotivation(yes("Motivation thin?"))
                .ill(yes("Are you ill (fever, cold, stomach bug)?"))
                .urgeToEarnRecovery(yes("Do you feel you must earn a rest day with extra activity?"));
        SessionType last = choice("Last hard session: none, easy, hard, intervals, long, mountain, downhill, ultra, 100mile",
                "none", SESSIONS);
        Optional<Double> hoursSince = last == SessionType.NONE ? Optional.empty()
                : hours("Hours since it ended (Enter to skip)");
        Optional<Double> nextHard = hours("Hours until your next hard effort (Enter if not soon)");
        Optional<TrainingBlock> block = choice("Training block: normal, recovery-week, shock, or journal to read it from your load",
                "journal", BLOCKS);
        TimeOfDay timeOfDay = choice("Time of day: morning, midday, evening, before-sleep", timeOfDay(now), TIMES);
        s.tenMinuteTest(choice("After ten easy minutes: not-done, loosened, no-change, expensive (still costly), sharp (sharp or odd), worse (stiffer, sorer or more painful)", "not-done", TESTS));
        Context context = new Context(Optional.of(last), hoursSince, nextHard, block,
                Optional.of(timeOfDay), Optional.empty(), Optional.empty(), Optional.empty());
        return new CheckIn(date, athlete, context, s.build());
    }

    public static String timeOfDay(LocalTime now) {
        if (now.getHour() < 11) {
            return "morning";
        }
        if (now.getHour() < 15) {
            return "midday";
        }
        return now.getHour() < 22 ? "evening" : "before-sleep";
    }

    private boolean yes(String question) {
        return answer(question + " (y/N)", "n", text -> switch (text) {
            case "y", "yes" -> Optional.of(true);
            case "n", "no" -> Optional.of(false);
            default -> Optional.empty();
        }, "y or n");
    }

    private int integer(String question, int defaultValue, int min, int max) {
        return answer(question, Integer.toString(defaultValue), text -> {
            try {
                int value = Integer.parseInt(text);
                return value >= min && value <= max ? Optional.of(value) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }, "a whole number from " + min + " to " + max);
    }

    private Optional<Double> hours(String question) {
        return answer(question, "", text -> {
            if (text.isEmpty()) {
                return Optional.of(Optional.<Double>empty());
            }
            try {
                double value = Double.parseDouble(text);
                return value >= 0 && value <= 24 * 14 ? Optional.of(Optional.of(value)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }, "a number of hours, or Enter to skip");
    }

    private <T> T choice(String question, String defaultValue, Map<String, T> options) {
        return answer(question, defaultValue, text -> Optional.ofNullable(options.get(text)),
                "one of " + String.join(", ", options.keySet().stream().sorted().toList()));
    }

    private <T> T answer(String question, String defaultValue, Function<String, Optional<T>> parse, String expected) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            prompts.print(question + (defaultValue.isEmpty() ? "" : " [" + defaultValue + "]") + ": ");
            prompts.flush();
            String line = readLine();
            if (line == null) {
                line = "";
            }
            String text = line.strip().toLowerCase(Locale.ROOT);
            Optional<T> value = parse.apply(text.isEmpty() ? defaultValue : text);
            if (value.isPresent()) {
                return value.get();
            }
            prompts.println("  Please answer " + expected + ".");
        }
        throw new UserInputException("no usable answer to \"" + question + "\": expected " + expected);
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
