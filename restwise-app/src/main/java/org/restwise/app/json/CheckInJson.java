package org.restwise.app.json;

import java.util.Optional;
import org.restwise.app.journal.BodyByHand;
import org.restwise.core.body.RestingHeartRate;
import org.restwise.core.body.normal.JumpTest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.restwise.core.activity.SessionType;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;
import org.restwise.core.checkin.TenMinuteTest;
import org.restwise.core.checkin.TimeOfDay;
import org.restwise.core.checkin.TrainingBlock;

/**
 * Reads the {@code advise} input contract strictly: an unknown field, a wrong type, an unknown
 * enumeration value or a number out of range is refused with the field's path in the message, so a
 * misspelt red flag can never be silently ignored. {@code null} means "not given".
 */
public final class CheckInJson {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final Set<String> TOP = Set.of("date", "athlete", "context", "signals");
    /** A check-in taken into the journal may carry what the runner measured themselves. */
    private static final Set<String> TOP_WITH_BODY = Set.of("date", "athlete", "context", "signals", "body");
    private static final Set<String> BODY = Set.of("rmssdMs", "restingHeartRateBpm", "jumpsCm");
    private static final Set<String> ATHLETE = Set.of(
            "maxHeartRate", "restingHeartRate", "lactateThresholdHeartRate", "usualDomsDays");
    private static final Set<String> CONTEXT = Set.of("lastSession", "hoursSinceLastSession",
            "nextHardEffortInHours", "trainingBlock", "timeOfDay", "domsDays", "recoverySessionsLeftFlatter",
            "weeksOfPersistentFatigue");
    private static final Set<String> SIGNALS = Set.of("soreness", "heavyLegs", "stiffness", "puffyLegs", "swelling", "sharpPain",
            "oneSidedPain", "alteredGait", "symptomsWorsening", "sleepHours", "shortSleepNights", "lowMood",
            "unusualHunger", "easyEffortFeelsExpensive", "irritability", "lowMotivation", "ill",
            "urgeToEarnRecovery", "tenMinuteTest");

    private CheckInJson() {
    }

    /** Parses a check-in; {@code today} is the date used when the input gives none. */
    public static CheckIn parse(String text, LocalDate today) {
        return fromTree(readObject(text), today);
    }

    /**
     * Parses a check-in for the journal: the {@code advise} contract and an optional {@code body}
     * object of the runner's own measures ({@code rmssdMs}, {@code restingHeartRateBpm},
     * {@code jumpsCm} as three heights). A resting heart rate at or above the check-in's maximum is
     * refused.
     */
    public static Entry parseEntry(String text, LocalDate today) {
        return entryFromTree(readObject(text), today);
    }

    /** As {@link #parseEntry}, from a tree (a web form's); the tree is left as it was. */
    public static Entry entryFromTree(ObjectNode given, LocalDate today) {
        ObjectNode root = given.deepCopy();
        Fields top = new Fields(root, "", TOP_WITH_BODY);
        BodyByHand body = top.object("body", BODY).map(CheckInJson::body).orElse(BodyByHand.NOTHING);
        root.remove("body");
        CheckIn checkIn = read(root, today, true);
        body.restingHeartRateBpm().ifPresent(bpm -> checkIn.athlete().maxHeartRate().ifPresent(max -> {
            if (bpm >= max) {
                throw new InputFieldException("body.restingHeartRateBpm", "must be below your maximum heart rate of " + max
                        + " bpm, got " + bpm);
            }
        }));
        return new Entry(checkIn, body);
    }

    /** A check-in with the measures the runner typed in beside it. */
    public record Entry(CheckIn checkIn, BodyByHand body) {
    }

    /**
     * The contract's {@code body} object alone, checked as in a check-in: what an edge with its own
     * inputs for the measures (the terminal's options) reads them through, naming {@code body.…} fields.
     */
    public static BodyByHand body(ObjectNode body) {
        return body(new Fields(body, "body", BODY));
    }

    private static BodyByHand body(Fields f) {
        Optional<Double> rmssd = f.number("rmssdMs");
        rmssd.ifPresent(ms -> {
            if (!(ms > 0 && ms <= 500)) {
                throw new InputFieldException(f.pathOf("rmssdMs"), "must be above 0 and at most 500 ms, got " + plain(ms));
            }
        });
        Optional<Integer> resting = f.integer("restingHeartRateBpm");
        resting.ifPresent(bpm -> {
            if (bpm < RestingHeartRate.MIN_BPM || bpm > RestingHeartRate.MAX_BPM) {
                throw new InputFieldException(f.pathOf("restingHeartRateBpm"), "must be " + RestingHeartRate.MIN_BPM + "–"
                        + RestingHeartRate.MAX_BPM + " bpm, got " + bpm);
            }
        });
        Optional<JumpTest> jump = f.numbers("jumpsCm").map(heights -> {
            if (heights.size() != JumpTest.JUMPS) {
                throw new InputFieldException(f.pathOf("jumpsCm"), "must be the heights of " + JumpTest.JUMPS
                        + " jumps in cm, got " + heights.size());
            }
            for (int i = 0; i < heights.size(); i++) {
                if (!(heights.get(i) > 0 && heights.get(i) <= MAX_JUMP_CM)) {
                    throw new InputFieldException(f.pathOf("jumpsCm") + "[" + i + "]", "must be a height above 0 and at most "
                            + (int) MAX_JUMP_CM + " cm, got " + plain(heights.get(i)));
                }
            }
            return new JumpTest(heights);
        });
        return new BodyByHand(rmssd, resting, jump);
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Higher than any countermovement jump on record, low enough to catch a height typed in millimetres. */
    static final double MAX_JUMP_CM = 100;

    /**
     * Reads JSON text that must be one object, and nothing after it; refuses anything else with a
     * one-line reason in plain words. A byte order mark before it (as some Windows editors write) is
     * skipped.
     */
    public static ObjectNode readObject(String text) {
        String json = text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        JsonNode root;
        try (JsonParser parser = STRICT.createParser(json)) {
            root = STRICT.readTree(parser);
            JsonLocation end = parser.currentLocation();
            if (root != null && somethingFollows(parser)) {
                throw new InputFieldException(null, JsonSyntax.trailing(end));
            }
        } catch (JsonProcessingException e) {
            throw new InputFieldException(null, JsonSyntax.describe(e));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JSON from a string", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InputFieldException(null, "the input is empty: expected a JSON object");
        }
        if (!root.isObject()) {
            throw new InputFieldException(null, "the input must be a JSON object, got " + root.getNodeType().name().toLowerCase());
        }
        return (ObjectNode) root;
    }

    /** Anything but the end after the first value, even text that is no JSON token at all. */
    private static boolean somethingFollows(JsonParser parser) {
        try {
            return parser.nextToken() != null;
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Reads a check-in a runner is entering now: besides the field checks, heart rates that cannot
     * all be true (resting at or above threshold or maximum, threshold at or above maximum) are
     * refused, naming the field.
     */
    public static CheckIn fromTree(ObjectNode root, LocalDate today) {
        return read(root, today, true);
    }

    /**
     * Reads a check-in from a backup: heart rates are taken as they were stored, so a journal kept
     * before contradictory heart rates were refused still restores whole.
     */
    public static CheckIn fromBackup(ObjectNode root, LocalDate today) {
        return read(root, today, false);
    }

    private static CheckIn read(ObjectNode root, LocalDate today, boolean entering) {
        Fields top = new Fields(root, "", TOP);
        LocalDate date = top.text("date").map(text -> date("date", text)).orElse(today);
        AthleteProfile athlete = top.object("athlete", ATHLETE)
                .map(f -> entering ? f.build(() -> athlete(f).requireConsistentHeartRates()) : athlete(f))
                .orElse(AthleteProfile.UNKNOWN);
        Context context = top.object("context", CONTEXT).map(CheckInJson::context).orElse(Context.UNKNOWN);
        Signals signals = top.object("signals", SIGNALS).map(CheckInJson::signals).orElse(Signals.NONE);
        return new CheckIn(date, athlete, context, signals);
    }

    private static AthleteProfile athlete(Fields f) {
        return f.build(() -> new AthleteProfile(
                f.integer("maxHeartRate"),
                f.integer("restingHeartRate"),
                f.integer("lactateThresholdHeartRate"),
                f.integer("usualDomsDays")));
    }

    private static Context context(Fields f) {
        return f.build(() -> new Context(
                f.enumeration("lastSession", SessionType.class),
                f.number("hoursSinceLastSession"),
                f.number("nextHardEffortInHours"),
                f.enumeration("trainingBlock", TrainingBlock.class),
                f.enumeration("timeOfDay", TimeOfDay.class),
                f.integer("domsDays"),
                f.integer("recoverySessionsLeftFlatter"),
                f.integer("weeksOfPersistentFatigue")));
    }

    private static Signals signals(Fields f) {
        Signals.Builder b = Signals.builder();
        f.integer("soreness").ifPresent(b::soreness);
        f.bool("heavyLegs").ifPresent(b::heavyLegs);
        f.bool("stiffness").ifPresent(b::stiffness);
        f.bool("puffyLegs").ifPresent(b::puffyLegs);
        f.bool("swelling").ifPresent(b::swelling);
        f.bool("sharpPain").ifPresent(b::sharpPain);
        f.bool("oneSidedPain").ifPresent(b::oneSidedPain);
        f.bool("alteredGait").ifPresent(b::alteredGait);
        f.bool("symptomsWorsening").ifPresent(b::symptomsWorsening);
        b.sleepHours(f.number("sleepHours"));
        f.integer("shortSleepNights").ifPresent(b::shortSleepNights);
        f.bool("lowMood").ifPresent(b::lowMood);
        f.bool("unusualHunger").ifPresent(b::unusualHunger);
        f.bool("easyEffortFeelsExpensive").ifPresent(b::easyEffortFeelsExpensive);
        f.bool("irritability").ifPresent(b::irritability);
        f.bool("lowMotivation").ifPresent(b::lowMotivation);
        f.bool("ill").ifPresent(b::ill);
        f.bool("urgeToEarnRecovery").ifPresent(b::urgeToEarnRecovery);
        f.enumeration("tenMinuteTest", TenMinuteTest.class).ifPresent(b::tenMinuteTest);
        return f.build(b::build);
    }

    static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputFieldException(field, "must be a date like 2026-11-29, got \"" + text + "\"");
        }
    }
}
