package org.restwise.app.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;

/**
 * A check-in written back in the {@code advise} input shape, so an export can be read by the same
 * strict parser that reads a runner's check-in. Absent values are left out, as a runner would.
 */
public final class CheckInInputJson {

    private CheckInInputJson() {
    }

    public static ObjectNode write(CheckIn checkIn) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("date", checkIn.date().toString());
        AthleteProfile a = checkIn.athlete();
        ObjectNode athlete = json.putObject("athlete");
        put(athlete, "maxHeartRate", a.maxHeartRate());
        put(athlete, "restingHeartRate", a.restingHeartRate());
        put(athlete, "lactateThresholdHeartRate", a.lactateThresholdHeartRate());
        put(athlete, "usualDomsDays", a.usualDomsDays());
        Context c = checkIn.context();
        ObjectNode context = json.putObject("context");
        c.lastSession().ifPresent(v -> context.put("lastSession", v.name()));
        put(context, "hoursSinceLastSession", c.hoursSinceLastSession());
        put(context, "nextHardEffortInHours", c.nextHardEffortInHours());
        c.trainingBlock().ifPresent(v -> context.put("trainingBlock", v.name()));
        c.timeOfDay().ifPresent(v -> context.put("timeOfDay", v.name()));
        put(context, "domsDays", c.domsDays());
        put(context, "recoverySessionsLeftFlatter", c.recoverySessionsLeftFlatter());
        put(context, "weeksOfPersistentFatigue", c.weeksOfPersistentFatigue());
        Signals s = checkIn.signals();
        ObjectNode signals = json.putObject("signals");
        signals.put("soreness", s.soreness());
        signals.put("heavyLegs", s.heavyLegs());
        signals.put("stiffness", s.stiffness());
        signals.put("puffyLegs", s.puffyLegs());
        signals.put("swelling", s.swelling());
        signals.put("sharpPain", s.sharpPain());
        signals.put("oneSidedPain", s.oneSidedPain());
        signals.put("alteredGait", s.alteredGait());
        signals.put("symptomsWorsening", s.symptomsWorsening());
        put(signals, "sleepHours", s.sleepHours());
        signals.put("shortSleepNights", s.shortSleepNights());
        signals.put("lowMood", s.lowMood());
        signals.put("unusualHunger", s.unusualHunger());
        signals.put("easyEffortFeelsExpensive", s.easyEffortFeelsExpensive());
        signals.put("irritability", s.irritability());
        signals.put("lowMotivation", s.lowMotivation());
        signals.put("ill", s.ill());
        signals.put("urgeToEarnRecovery", s.urgeToEarnRecovery());
        signals.put("tenMinuteTest", s.tenMinuteTest().name());
        return json;
    }

    private static void put(ObjectNode json, String field, Optional<? extends Number> value) {
        value.ifPresent(v -> {
            if (v instanceof Integer) {
                json.put(field, v.intValue());
            } else {
                json.put(field, v.doubleValue());
            }
        });
    }
}
