package org.restwise.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.restwise.app.json.Fields;
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
 * (Enter accepts it, and the default shown is the value that will be used, the journal's when it
 * knows); the pain questions come only when there is pain, swelling or a limp. Each answer is
 * checked when it is given: a wrong one is explained and asked again, keeping every earlier answer;
 * a choice may be shortened ("mount" for mountain) and a near miss is suggested. With answers piped
 * on standard input, one per line, the end of the input accepts the remaining defaults.
 */
public final class Questionnaire {

    /** What the journal already knows, shown as the defaults. */
    public record JournalKnows(Optional<String> lastHardSession, int earlierShortNights) {
        public static final JournalKnows NOTHING = new JournalKnows(Optional.empty(), 0);
    }

    /** "journal": leave it to what the journal logged; the words say what that is. */
    private static final String FROM_JOURNAL = "journal";

    private static final Map<String, Optional<SessionType>> SESSIONS = ordered(
            "none", Optional.of(SessionType.NONE), "easy", Optional.of(SessionType.EASY),
            "hard", Optional.of(SessionType.HARD_WORKOUT), "intervals", Optional.of(SessionType.INTERVALS),
            "long", Optional.of(SessionType.LONG_RUN), "mountain", Optional.of(SessionType.MOUNTAIN_RUN),
            "downhill", Optional.of(SessionType.DOWNHILL_HEAVY), "ultra", Optional.of(SessionType.ULTRA_RACE),
            "100mile", Optional.of(SessionType.HUNDRED_MILE_RACE));

    private static final Map<String, TenMinuteTest> TESTS = ordered(
            "not-done", TenMinuteTest.NOT_DONE, "loosened", TenMinuteTest.LOOSENED,
            "no-change", TenMinuteTest.NO_CHANGE, "expensive", TenMinuteTest.STAYED_EXPENSIVE,
            "sharp", TenMinuteTest.SHARP_OR_ODD, "worse", TenMinuteTest.WORSENED);

    private static final Map<String, TimeOfDay> TIMES = ordered(
            "morning", TimeOfDay.MORNING, "midday", TimeOfDay.MIDDAY, "evening", TimeOfDay.EVENING,
            "before-sleep", TimeOfDay.BEFORE_SLEEP);

    // "journal" leaves the block to the journal's training load; a block typed in always wins.
    private static final Map<String, Optional<TrainingBlock>> BLOCKS = ordered(
            FROM_JOURNAL, Optional.empty(), "normal", Optional.of(TrainingBlock.NORMAL),
            "recovery-week", Optional.of(TrainingBlock.RECOVERY_WEEK), "shock", Optional.of(TrainingBlock.SHOCK_MICROCYCLE));

    private final BufferedReader in;
    private final PrintWriter prompts;
    private boolean inputEnded;

    public Questionnaire(BufferedReader in, PrintWriter prompts) {
        this.in = in;
        this.prompts = prompts;
    }

    /**
     * @param today the clock's date: a check-in for it is read at {@code now}, another day's at midday
     */
    public CheckIn ask(LocalDate date, LocalDate today, LocalTime now, AthleteProfile athlete, JournalKnows journal) {
        prompts.println("Restwise check-in — press Enter to accept the [default].");
        Signals.Builder s = Signals.builder()
                .soreness(integer("Muscle soreness, 0 (none) to 10 (worst)", 0, 0, 10))
                .heavyLegs(yes("Legs heavy or wooden?"))
                .stiffness(yes("Stiff?"))
                .puffyLegs(yes("Do both legs feel puffy or a bit swollen all over?"));
        if (yes("Any pain, swelling in one place, or a limp?")) {
            s.sharpPain(yes("  Is the pain sharp?"))
                    .oneSidedPain(yes("  Pain on one side only, or in one spot?"))
                    .swelling(yes("  Swelling in one place: a joint, a tendon, one calf or ankle?"))
                    .alteredGait(yes("  Limping, or running differently to protect something?"))
                    .symptomsWorsening(yes("  Is any of that getting worse rather than better?"));
        }
        Optional<Double> sleep = hours("Hours slept last night (Enter to skip)", 24);
        s.sleepHours(sleep);
        int shortNights = journal.earlierShortNights() + (sleep.map(h -> h < SHORT_NIGHT_HOURS).orElse(false) ? 1 : 0);
        s.shortSleepNights(integer("Nights under 6 h in the last week" + (journal.earlierShortNights() > 0
                ? " (your journal counts " + shortNights + ")" : ""), shortNights, 0, 7))
                .lowMood(yes("Mood low or flat?"))
                .unusualHunger(yes("Unusually hungry?"))
                .easyEffortFeelsExpensive(yes("Does easy effort feel strangely hard?"))
                .irritability(yes("More irritable than usual?"))
                .lowMotivation(yes("Motivation thin?"))
                .ill(yes("Are you ill (fever, cold, stomach bug)?"))
                .urgeToEarnRecovery(yes("Do you feel you must earn a rest day with extra activity?"));
        Optional<SessionType> last = lastSession(journal);
        Optional<Double> hoursSince = last.isEmpty() || last.get() == SessionType.NONE ? Optional.empty()
                : hours("Hours since it ended (Enter to skip)", 24 * 14);
        Optional<Double> nextHard = hours("Hours until your next hard effort (Enter if not soon)", 24 * 14);
        Optional<TrainingBlock> block = choice("Training block: normal; recovery-week (a planned easy week); shock"
                + " (a deliberate overload block, such as a training camp); or journal, to read it from your logged load",
                FROM_JOURNAL, BLOCKS);
        s.tenMinuteTest(choice("Ten easy minutes of walking or spinning, if you tried them: not-done; loosened; no-change;"
                + " expensive (still costly); sharp (something sharp or odd); worse (stiffer, sorer or more painful)",
                "not-done", TESTS));
        // The clock knows the time of day, so it is not asked; another day's check-in is read as of
        // midday, as the journal reads it.
        TimeOfDay timeOfDay = TIMES.get(timeOfDay(date.equals(today) ? now : LocalTime.NOON));
        Context context = new Context(last, hoursSince, nextHard, block,
                Optional.of(timeOfDay), Optional.empty(), Optional.empty(), Optional.empty());
        return new CheckIn(date, athlete, context, s.build());
    }

    private static final double SHORT_NIGHT_HOURS = org.restwise.core.journal.ContextDerivation.SHORT_NIGHT_HOURS;

    /** The last hard session; empty leaves it to the journal (its session and the hours since it). */
    private Optional<SessionType> lastSession(JournalKnows journal) {
        String kinds = "none, easy, hard, intervals, long, mountain, downhill, ultra, 100mile";
        if (journal.lastHardSession().isPresent()) {
            Map<String, Optional<SessionType>> options = new LinkedHashMap<>();
            options.put(FROM_JOURNAL, Optional.empty());
            options.putAll(SESSIONS);
            return answer("Last hard session: " + kinds + ", or journal", FROM_JOURNAL,
                    journal.lastHardSession().get() + ", from your journal", chooser(options), expected(options));
        }
        return choice("Last hard session: " + kinds, "none", SESSIONS);
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
        return answer(question + " (y/N)", "n", "", text -> switch (text) {
            case "y", "yes", "j", "ja", "o", "oui", "s", "si", "sí" -> Answer.of(true);
            case "n", "no", "nein", "non" -> Answer.of(false);
            default -> Answer.refused("'" + text + "' is not a yes or a no");
        }, "y or n");
    }

    private int integer(String question, int defaultValue, int min, int max) {
        return answer(question, Integer.toString(defaultValue), "", text -> {
            try {
                int value = Integer.parseInt(text);
                return value >= min && value <= max ? Answer.of(value)
                        : Answer.refused(value + " is outside " + min + " to " + max);
            } catch (NumberFormatException e) {
                return Answer.refused("'" + text + "' is not a whole number");
            }
        }, "a whole number from " + min + " to " + max);
    }

    private Optional<Double> hours(String question, int max) {
        return answer(question, "", "", text -> {
            if (text.isEmpty()) {
                return Answer.of(Optional.<Double>empty());
            }
            try {
                // A decimal comma is how half of Europe writes 7,5 hours.
                double value = Double.parseDouble(text.replace(',', '.'));
                return value >= 0 && value <= max ? Answer.of(Optional.of(value))
                        : Answer.refused(text + " hours is outside 0 to " + max);
            } catch (NumberFormatException e) {
                return Answer.refused("'" + text + "' is not a number of hours");
            }
        }, "a number of hours from 0 to " + max + ", or Enter to skip");
    }

    private <T> T choice(String question, String defaultValue, Map<String, T> options) {
        return answer(question, defaultValue, "", chooser(options), expected(options));
    }

    private static String expected(Map<String, ?> options) {
        return "one of " + String.join(", ", options.keySet());
    }

    /** An option by its name, or by a beginning only it has ("mount"); a near miss is suggested. */
    private static <T> Function<String, Answer<T>> chooser(Map<String, T> options) {
        return text -> {
            if (options.containsKey(text)) {
                return Answer.of(options.get(text));
            }
            List<String> starting = options.keySet().stream().filter(k -> k.startsWith(text)).toList();
            if (starting.size() == 1) {
                return Answer.of(options.get(starting.get(0)));
            }
            if (starting.size() > 1) {
                return Answer.refused("'" + text + "' could be " + String.join(" or ", starting));
            }
            return options.keySet().stream().filter(k -> Fields.editDistance(k, text) <= Math.max(1, k.length() / 4)).findFirst()
                    .<Answer<T>>map(k -> Answer.refused("did you mean " + k + "?"))
                    .orElse(Answer.refused("'" + text + "' is not one of them"));
        };
    }

    /** A parsed answer, or why it was not taken. */
    private record Answer<T>(Optional<T> value, String problem) {
        static <T> Answer<T> of(T value) {
            return new Answer<>(Optional.of(value), "");
        }

        static <T> Answer<T> refused(String problem) {
            return new Answer<>(Optional.empty(), problem);
        }
    }

    /**
     * Asks until an answer is taken. The end of piped input takes the default, which is always a
     * valid answer, so a script never loops and a runner never loses what they already answered.
     */
    private <T> T answer(String question, String defaultValue, String defaultShown, Function<String, Answer<T>> parse,
                         String expected) {
        String shown = defaultShown.isEmpty() ? defaultValue : defaultShown;
        while (true) {
            prompts.print(question + (shown.isEmpty() ? "" : " [" + shown + "]") + ": ");
            prompts.flush();
            String line = readLine();
            String text = line == null ? "" : line.strip().toLowerCase(Locale.ROOT);
            Answer<T> answer = parse.apply(text.isEmpty() ? defaultValue : text);
            if (answer.value().isPresent()) {
                return answer.value().get();
            }
            if (line == null) {
                throw new UserInputException("the answers ended before \"" + question + "\" had a usable one: expected " + expected);
            }
            prompts.println("  " + Character.toUpperCase(answer.problem().charAt(0)) + answer.problem().substring(1)
                    + ": please answer " + expected + ".");
        }
    }

    private String readLine() {
        if (inputEnded) {
            return null;
        }
        try {
            String line = in.readLine();
            inputEnded = line == null;
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Map<String, T> ordered(Object... pairs) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            T value = (T) pairs[i + 1];
            map.put((String) pairs[i], value);
        }
        return map;
    }
}
