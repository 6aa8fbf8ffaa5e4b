package org.restwise.core.advice;

import static org.restwise.core.advice.AdviceThresholds.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.restwise.core.activity.SessionType;

/**
 * Doses easy movement: which modalities, how long, how hard. Timing sets the length (short right
 * after a session or before the next one, longer as a next-day session); eccentric damage removes
 * jogging and shortens the dose; the urge to earn recovery keeps it at its short end.
 */
final class DosePlanner {

    Prescription movement(Reading reading) {
        boolean shortSetting = isImmediatelyAfterSession(reading) || isShortTurnaround(reading);
        IntRange minutes = shortSetting ? SHORT_DOSE_MINUTES
                : needsConservativeDose(reading) ? CONSERVATIVE_DOSE_MINUTES
                : NEXT_DAY_DOSE_MINUTES;
        return new Prescription(modalities(reading, shortSetting), shortEndIfUrged(reading, minutes),
                movementHeartRate(reading), EASY_RPE);
    }

    Prescription shortWalks(Reading reading) {
        IntRange minutes = reading.inUltraWalkingOnlyWindow() ? EARLY_POST_ULTRA_WALK_MINUTES : LATE_POST_ULTRA_WALK_MINUTES;
        Optional<IntRange> heartRate = reading.athlete().maxHeartRate()
                .map(max -> percentOf(max, EASY_MIN_PERCENT_OF_MAX_HR, WALK_MAX_PERCENT_OF_MAX_HR));
        return new Prescription(List.of(Modality.WALK), shortEndIfUrged(reading, minutes), heartRate, WALK_RPE);
    }

    private static List<Modality> modalities(Reading reading, boolean shortSetting) {
        if (shortSetting) {
            // A few minutes of walking or spinning between efforts: nothing that needs a pool or adds impact.
            return List.of(Modality.WALK, Modality.CYCLE);
        }
        List<Modality> allowed = new ArrayList<>(List.of(Modality.WALK, Modality.CYCLE, Modality.SWIM, Modality.AQUA_JOG));
        if (!reading.easyJoggingExcluded()) {
            allowed.add(Modality.EASY_JOG);
        }
        return allowed;
    }

    private static Optional<IntRange> movementHeartRate(Reading reading) {
        var athlete = reading.athlete();
        if (isImmediatelyAfterSession(reading) && athlete.lactateThresholdHeartRate().isPresent()) {
            return athlete.lactateThresholdHeartRate().map(threshold -> percentOf(threshold,
                    CLEARANCE_MIN_PERCENT_OF_THRESHOLD_HR, CLEARANCE_MAX_PERCENT_OF_THRESHOLD_HR));
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
                || (reading.lastSession() == SessionType.DOWNHILL_HEAVY && reading.easyJoggingExcluded());
    }

    private static IntRange shortEndIfUrged(Reading reading, IntRange minutes) {
        return reading.signals().urgeToEarnRecovery() ? minutes.shortEnd() : minutes;
    }

    /** Whole beats per minute, rounded half up. */
    private static IntRange percentOf(int beatsPerMinute, int lowPercent, int highPercent) {
        return new IntRange((int) Math.round(beatsPerMinute * lowPercent / 100.0),
                (int) Math.round(beatsPerMinute * highPercent / 100.0));
    }
}
