package org.restwise.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.restwise.core.body.normal.BodyReadout;
import org.restwise.core.body.normal.HrvStatus;
import org.restwise.core.body.normal.JumpStatus;
import org.restwise.core.body.normal.RestingHeartRateStatus;
import org.restwise.core.body.normal.SleepStatus;

/**
 * A day's body readout in a check-in's output: {@code body.readings[]}, one per signal the runner
 * records, each with its verdict ({@code status}), whether that is outside the runner's normal, and
 * the verdict in words with its numbers. Absent when the journal holds no body readings at all.
 */
public final class BodyJson {

    /** One signal's verdict as the output and the pages show it. */
    public record Reading(String signal, String status, boolean outsideNormal, String words) {
    }

    private BodyJson() {
    }

    /** The readout's verdicts, HRV first; empty when nothing is recorded. */
    public static List<Reading> readings(BodyReadout readout) {
        List<Reading> readings = new ArrayList<>();
        readout.hrv().ifPresent(v -> readings.add(reading("hrv", v.status(),
                v.status() == HrvStatus.BELOW || v.status() == HrvStatus.ABOVE, v.words())));
        readout.restingHeartRate().ifPresent(v -> readings.add(reading("restingHeartRate", v.status(),
                v.status() == RestingHeartRateStatus.WELL_ABOVE, v.words())));
        readout.sleep().ifPresent(v -> readings.add(reading("sleep", v.status(), v.status() == SleepStatus.SHORT, v.words())));
        readout.jump().ifPresent(v -> readings.add(reading("jump", v.status(), v.status() == JumpStatus.NOT_RECOVERED, v.words())));
        return readings;
    }

    /** Adds {@code body} to a check-in's output when the readout holds anything. */
    public static void put(ObjectNode output, BodyReadout readout) {
        List<Reading> readings = readings(readout);
        if (readings.isEmpty()) {
            return;
        }
        ObjectNode body = output.putObject("body");
        body.put("date", readout.date().toString());
        write(body.putArray("readings"), readings);
    }

    /** Each reading as {@code {signal, status, outsideNormal, words}}, in order. */
    static void write(ArrayNode list, List<Reading> readings) {
        for (Reading r : readings) {
            ObjectNode entry = list.addObject();
            entry.put("signal", r.signal());
            entry.put("status", r.status());
            entry.put("outsideNormal", r.outsideNormal());
            entry.put("words", r.words());
        }
    }

    /** Puts what the runner typed in into a check-in's contract JSON, as the form and the API send it. */
    public static void putTyped(ObjectNode checkIn, org.restwise.app.journal.BodyByHand typed) {
        if (typed.isEmpty()) {
            return;
        }
        ObjectNode body = checkIn.putObject("body");
        typed.rmssdMs().ifPresent(ms -> body.put("rmssdMs", ms));
        typed.restingHeartRateBpm().ifPresent(bpm -> body.put("restingHeartRateBpm", bpm));
        typed.jump().ifPresent(test -> {
            ArrayNode jumps = body.putArray("jumpsCm");
            test.jumpsCm().forEach(jumps::add);
        });
    }

    /** The readings a stored check-in's output holds; none for one made before body readings, or without any. */
    public static List<Reading> fromOutput(com.fasterxml.jackson.databind.JsonNode output) {
        List<Reading> readings = new ArrayList<>();
        com.fasterxml.jackson.databind.JsonNode list = output.path("body").path("readings");
        for (com.fasterxml.jackson.databind.JsonNode r : list) {
            readings.add(new Reading(r.path("signal").asText(), r.path("status").asText(), r.path("outsideNormal").asBoolean(),
                    r.path("words").asText()));
        }
        return readings;
    }

    private static Reading reading(String signal, Enum<?> status, boolean outside, String words) {
        return new Reading(signal, status.name().toLowerCase(Locale.ROOT), outside,
                Character.toUpperCase(words.charAt(0)) + words.substring(1));
    }
}
