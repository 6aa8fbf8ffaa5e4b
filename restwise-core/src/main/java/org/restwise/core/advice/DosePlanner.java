package org.restwise.core.advice;

import static org.restwise.core.advice.AdviceThresholds.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.restwise.core.activity.SessionType;
import org.restwise.core.checkin.AthleteProfile;

/**
 * Doses easy movement: which modalities, how long, how hard, and why. Timing sets the length (short
 * right after a session or before the next one, longer as a next-day session); eccentric damage and
 * major soreness remove jogging and shorten the dose; the urge to earn recovery keeps it at its
 * short end; a recovery week puts non-impact options first.
 */
final class DosePlanner {

    Dose movement(Reading reading) {
        List<String> notes = new ArrayList<>();
        List<Reference> evidence = new ArrayList<>();
        boolean shortSetting = isImmediatelyAfterSession(reading) || isShortTurnaround(reading);
        IntRange minutes = shortSetting ? SHORT_DOSE_MINUTES
                : needsConservativeDose(reading) ? CONSERVATIVE_DOSE_MINUTES
                : NEXT_DAY_DOSE_MINUTES;
        if (shortSetting) {
            notes.add(isShortTurnaround(reading)
                    ? "With a hard effort coming up within hours, a few easy minutes are enough: more would take from it."
                    : "Right after a session, a few easy minutes help clear what the effort left behind; more adds nothing.");
            evidence.add(Reference.ORTIZ_2019);
        }
        if (reading.majorSoreness() && !shortSetting) {
            minutes = minutes.cappedAt(MAJOR_SORENESS_MAX_MINUTES);
            notes.add("Soreness at " + reading.signals().soreness() + "/10 means major muscle damage: no easy jogging, and no more than "
                    + MAJOR_SORENESS_MAX_MINUTES + " minutes.");
        }
        if (reading.signals().urgeToEarnRecovery()) {
            minutes = minutes.shortEnd();
            notes.add("Because of the urge to earn recovery, the dose stays at its short end: " + minutes.min() + " minutes, and then stop.");
        }
        Optional<IntRange> heartRate = movementHeartRate(reading, notes, evidence);
        return new Dose(new Prescription(modalities(reading, shortSetting), minutes, heartRate, EASY_RPE), notes, evidence);
    }

    Dose shortWalks(Reading reading) {
        IntRange minutes = reading.inUltraWalkingOnlyWindow() ? EARLY_POST_ULTRA_WALK_MINUTES : LATE_POST_ULTRA_WALK_MINUTES;
        if (reading.signals().urgeToEarnRecovery()) {
            minutes = minutes.shortEnd();
        }
        Optional<IntRange> heartRate = reading.athlete().maxHeartRate()
                .map(max -> percentOf(max, EASY_MIN_PERCENT_OF_MAX_HR, WALK_MAX_PERCENT_OF_MAX_HR));
        String note = "Short walks of " + range(minutes) + " minutes at an easy chatting pace are the only movement today;"
                + " nothing else is prescribed.";
        return new Dose(new Prescription(List.of(Modality.WALK), minutes, heartRate, WALK_RPE), List.of(note), List.of());
    }

    private static List<Modality> modalities(Reading reading, boolean shortSetting) {
        List<Modality> allowed = new ArrayList<>(shortSetting
                // A few minutes of walking or spinning between efforts: nothing that needs a pool or adds impact.
                ? List.of(Modality.WALK, Modality.CYCLE)
                : List.of(Modality.WALK, Modality.CYCLE, Modality.SWIM, Modality.AQUA_JOG));
        if (reading.inRecoveryWeek()) {
            // Non-impact first: the week is about unloading the legs, and walking still lands on them.
            allowed.remove(Modality.WALK);
            allowed.add(Modality.WALK);
        }
        if (!shortSetting && !reading.easyJoggingExcluded()) {
            allowed.add(Modality.EASY_JOG);
        }
        return allowed;
    }

    /**
     * Right after a hard session, with the threshold known, about 80 % of threshold clears lactate
     * fastest; capped at 75 % of maximum so it stays easy. Otherwise 50–70 % of maximum.
     */
    private static Optional<IntRange> movementHeartRate(Reading reading, List<String> notes, List<Reference> evidence) {
        AthleteProfile athlete = reading.athlete();
        boolean clearance = isImmediatelyAfterSession(reading) && reading.lastSession().isHard()
                && athlete.lactateThresholdHeartRate().isPresent() && athlete.thresholdBelowMaximum();
        if (clearance) {
            IntRange target = percentOf(athlete.lactateThresholdHeartRate().get(),
                    CLEARANCE_MIN_PERCENT_OF_THRESHOLD_HR, CLEARANCE_MAX_PERCENT_OF_THRESHOLD_HR);
            Optional<Integer> cap = athlete.maxHeartRate().map(max -> percentOf(max, CLEARANCE_CAP_PERCENT_OF_MAX_HR, CLEARANCE_CAP_PERCENT_OF_MAX_HR).max());
            IntRange capped = cap.map(target::cappedAt).orElse(target);
            notes.add("The heart-rate target is about 80 % of your threshold, where lactate clears fastest"
                    + (cap.isPresent() ? ", and never above " + CLEARANCE_CAP_PERCENT_OF_MAX_HR + " % of your maximum." : "."));
            evidence.add(Reference.VAN_HOOREN_PEAKE_2018);
            return Optional.of(capped);
        }
        return athlete.maxHeartRate()
                .map(max -> percentOf(max, EASY_MIN_PERCENT_OF_MAX_HR, EASY_MAX_PERCENT_OF_MAX_HR));
    }

    static boolean isImmediatelyAfterSession(Reading reading) {
        return reading.lastSession() != SessionType.NONE
                && reading.context().hoursSinceLastSession().map(h -> h <= IMMEDIATELY_AFTER_SESSION_HOURS).orElse(false);
    }

    static boolean isShortTurnaround(Reading reading) {
        return reading.context().nextHardEffortInHours().map(h -> h < SHORT_TURNAROUND_HOURS).orElse(false);
    }

    private static boolean needsConservativeDose(Reading reading) {
        return reading.inUltraWeek()
                || (reading.lastSession() == SessionType.DOWNHILL_HEAVY && reading.recentEccentricDamage());
    }

    /** Whole beats per minute, rounded half up. */
    private static IntRange percentOf(int beatsPerMinute, int lowPercent, int highPercent) {
        return new IntRange((int) Math.round(beatsPerMinute * lowPercent / 100.0),
                (int) Math.round(beatsPerMinute * highPercent / 100.0));
    }

    static String range(IntRange r) {
        return r.min() == r.max() ? Integer.toString(r.min()) : r.min() + "–" + r.max();
    }
}
