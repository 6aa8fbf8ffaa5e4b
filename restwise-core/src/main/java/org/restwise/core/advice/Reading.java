package org.restwise.core.advice;

import static org.restwise.core.advice.AdviceThresholds.*;

import java.util.ArrayList;
import java.util.List;
import org.restwise.core.activity.SessionType;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;
import org.restwise.core.checkin.TenMinuteTest;
import org.restwise.core.checkin.TrainingBlock;

/**
 * A check-in read the way the engine needs it: the raw answers grouped into flow, systemic and
 * damage signs, each named in plain words so a reason can quote them; and the day's body readout,
 * when there is one, as the signs of strain it shows against the runner's own normal.
 */
record Reading(CheckIn checkIn) {

    Signals signals() {
        return checkIn.signals();
    }

    Context context() {
        return checkIn.context();
    }

    AthleteProfile athlete() {
        return checkIn.athlete();
    }

    SessionType lastSession() {
        return context().lastSessionOrNone();
    }

    TenMinuteTest tenMinuteTest() {
        return signals().tenMinuteTest();
    }

    /** Two or more short nights, or under six hours last night. */
    boolean poorSleep() {
        return signals().shortSleepNights() >= SHORT_NIGHTS_FOR_POOR_SLEEP
                || signals().sleepHours().map(h -> h < POOR_SLEEP_HOURS).orElse(false);
    }

    /**
     * Signs of an injury: sharp or one-sided pain, swelling in one place, limping, or something
     * sharp in the ten-minute test. Swelling counts on its own: the article names it as a stop sign
     * by itself, and the question asked is about swelling in one place, not puffy legs.
     */
    List<String> injurySigns() {
        Signals s = signals();
        List<String> signs = new ArrayList<>();
        if (s.sharpPain()) {
            signs.add("sharp pain");
        }
        if (s.oneSidedPain()) {
            signs.add("pain on one side only");
        }
        if (s.swelling()) {
            signs.add("swelling in one place");
        }
        if (s.alteredGait()) {
            signs.add("limping or a changed stride");
        }
        if (tenMinuteTest() == TenMinuteTest.SHARP_OR_ODD) {
            signs.add("something sharp or mechanically odd during the ten-minute test");
        }
        return signs;
    }

    /** Symptoms that sharpen: reported as getting worse, or worse after ten easy minutes. */
    List<String> sharpeningSigns() {
        List<String> signs = new ArrayList<>();
        if (signals().symptomsWorsening()) {
            signs.add("symptoms getting worse rather than settling");
        }
        if (tenMinuteTest() == TenMinuteTest.WORSENED) {
            signs.add("legs stiffer, sorer or more painful after ten easy minutes");
        }
        return signs;
    }

    /** Every sign that tissue may be damaged: the injury signs and symptoms that sharpen. */
    List<String> damageSigns() {
        List<String> signs = new ArrayList<>(injurySigns());
        signs.addAll(sharpeningSigns());
        return signs;
    }

    /** Heavy, stiff, puffy or sore legs: congestion that movement can shift. */
    List<String> flowSigns() {
        Signals s = signals();
        List<String> signs = new ArrayList<>();
        if (s.heavyLegs()) {
            signs.add("heavy legs");
        }
        if (s.stiffness()) {
            signs.add("stiffness");
        }
        if (s.puffyLegs()) {
            signs.add("puffy legs");
        }
        if (s.soreness() >= SORENESS_FLOW_SIGN) {
            signs.add("soreness at " + s.soreness() + "/10");
        }
        return signs;
    }

    /** Flat mood, hunger, expensive effort, irritability, thin motivation, poor sleep. */
    List<String> systemicSigns() {
        List<String> signs = new ArrayList<>(moodAndEnergySigns());
        if (signals().unusualHunger()) {
            signs.add(0, "unusual hunger");
        }
        return signs;
    }

    /** The signs overreaching is recognised by: mood, irritability, sleep, motivation, effort. */
    List<String> moodAndEnergySigns() {
        Signals s = signals();
        List<String> signs = new ArrayList<>();
        if (s.lowMood()) {
            signs.add("low mood");
        }
        if (s.easyEffortFeelsExpensive()) {
            signs.add("easy effort feeling expensive");
        }
        if (s.irritability()) {
            signs.add("irritability");
        }
        if (s.lowMotivation()) {
            signs.add("low motivation");
        }
        if (poorSleep()) {
            signs.add(sleepDescription());
        }
        return signs;
    }

    String sleepDescription() {
        Signals s = signals();
        if (s.shortSleepNights() >= SHORT_NIGHTS_FOR_POOR_SLEEP) {
            return s.shortSleepNights() + " short nights";
        }
        return s.sleepHours().map(h -> "only " + hours(h) + " h of sleep").orElse("poor sleep");
    }

    int usualDomsDays() {
        return athlete().usualDomsDays().orElse(DEFAULT_USUAL_DOMS_DAYS);
    }

    /** Within the first 72 h after any ultra: walking only. */
    boolean inUltraWalkingOnlyWindow() {
        return lastSession().isUltra() && context().lastSessionWithin(ULTRA_WALKING_ONLY_HOURS);
    }

    /** Within the week after a 100-mile race, while damage markers are known to stay raised. */
    boolean inHundredMileDamageWindow() {
        return lastSession() == SessionType.HUNDRED_MILE_RACE && context().lastSessionWithin(HUNDRED_MILE_DAMAGE_HOURS);
    }

    /** Within the week after any ultra. */
    boolean inUltraWeek() {
        return lastSession().isUltra() && context().lastSessionWithin(ULTRA_NO_JOGGING_HOURS);
    }

    /** Eccentric damage recent enough that jogging would add to it. */
    boolean recentEccentricDamage() {
        return inUltraWeek()
                || (lastSession().isEccentricHeavy() && context().lastSessionWithin(ECCENTRIC_NO_JOGGING_HOURS));
    }

    /** Soreness high enough to count as major muscle damage for dosing. */
    boolean majorSoreness() {
        return signals().soreness() >= MAJOR_SORENESS;
    }

    /**
     * Jogging adds eccentric impact to muscles that are majorly damaged, by the session or by the
     * soreness, or to legs whose jump test says they have not recovered.
     */
    boolean easyJoggingExcluded() {
        return recentEccentricDamage() || majorSoreness() || body().legsLostSpring().isPresent();
    }

    /** The day's body readout read for the rules; it shows nothing when there is none. */
    BodyReading body() {
        return new BodyReading(checkIn.body());
    }

    /**
     * Every other systemic sign, from the check-in and the readout, besides {@code own}. The night a
     * device measured short is the night the runner may have reported: it is not counted twice.
     */
    List<String> systemicSignsBesides(BodyReading.Sign own) {
        List<String> signs = new ArrayList<>(systemicSigns());
        if (own == BodyReading.Sign.SHORT_SLEEP_FOR_YOU && poorSleep()) {
            signs.remove(sleepDescription());
        }
        body().signs().forEach((sign, words) -> {
            if (sign != own) {
                signs.add(words);
            }
        });
        return signs;
    }

    boolean inRecoveryWeek() {
        return context().trainingBlockOrNormal() == TrainingBlock.RECOVERY_WEEK;
    }

    static String hours(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
