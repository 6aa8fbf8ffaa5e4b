package org.restwise.app.web;

import java.util.List;

/** The select options of the check-in form: contract values with the words a runner reads. */
public final class Choices {

    /** One option of a select: the contract value and its label. */
    public record Option(String value, String label) {
    }

    public static final List<Option> LAST_SESSION = List.of(
            new Option("NONE", "None recently"),
            new Option("EASY", "Easy run"),
            new Option("HARD_WORKOUT", "Hard workout"),
            new Option("INTERVALS", "Intervals"),
            new Option("LONG_RUN", "Long run"),
            new Option("MOUNTAIN_RUN", "Mountain run"),
            new Option("DOWNHILL_HEAVY", "Lots of downhill"),
            new Option("ULTRA_RACE", "Ultra race"),
            new Option("HUNDRED_MILE_RACE", "100-mile race"),
            new Option("CYCLING", "Cycling"),
            new Option("CROSS_TRAINING", "Cross-training"),
            new Option("HIKING", "Hike or walk"),
            new Option("OTHER", "Other"));

    /** On the check-in form a blank answer lets the journal name the last hard session. */
    public static final List<Option> LAST_SESSION_OR_JOURNAL = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(new Option("", "Use my journal")), LAST_SESSION.stream()).toList();

    /** What a logged session was: the training types, or a recovery session. */
    public static final List<Option> SESSION_TYPE = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(new Option("EASY", "Easy run")),
            java.util.stream.Stream.concat(LAST_SESSION.stream().skip(2), java.util.stream.Stream.of(
                    new Option("RECOVERY", "Recovery session")))).toList();

    public static final List<Option> MODALITY = List.of(
            new Option("WALK", "Walk"),
            new Option("CYCLE", "Easy spin"),
            new Option("SWIM", "Swim"),
            new Option("AQUA_JOG", "Aqua-jog"),
            new Option("EASY_JOG", "Easy jog"));

    public static final List<Option> YES_NO = List.of(
            new Option("", "Not sure"),
            new Option("yes", "Yes"),
            new Option("no", "No"));

    public static final List<Option> SEX = List.of(
            new Option("", "Not said"),
            new Option("FEMALE", "Female"),
            new Option("MALE", "Male"),
            new Option("OTHER", "Other"));

    public static final List<Option> UNITS = List.of(
            new Option("METRIC", "Metric"),
            new Option("IMPERIAL", "Imperial"));

    public static final List<Option> TIME_OF_DAY = List.of(
            new Option("MORNING", "Morning"),
            new Option("MIDDAY", "Midday"),
            new Option("EVENING", "Evening"),
            new Option("BEFORE_SLEEP", "Before sleep"));

    /** A blank answer lets the journal's load decide whether this is a shock block. */
    public static final List<Option> TRAINING_BLOCK = List.of(
            new Option("", "Use my journal"),
            new Option("NORMAL", "Normal"),
            new Option("RECOVERY_WEEK", "Recovery week"),
            new Option("SHOCK_MICROCYCLE", "Shock block"));

    public static final List<Option> TEN_MINUTE_TEST = List.of(
            new Option("NOT_DONE", "Not done yet"),
            new Option("LOOSENED", "Loosened up"),
            new Option("NO_CHANGE", "No change"),
            new Option("STAYED_EXPENSIVE", "Stayed expensive"),
            new Option("SHARP_OR_ODD", "Something sharp or odd"),
            new Option("WORSENED", "Stiffer, sorer or more painful"));

    private Choices() {
    }

    /** The words a session type has on the form ("Mountain run"), or the constant when the form has none. */
    static String lastSessionLabel(String constant) {
        return LAST_SESSION.stream().filter(o -> o.value().equals(constant)).map(Option::label).findFirst().orElse(constant);
    }
}
