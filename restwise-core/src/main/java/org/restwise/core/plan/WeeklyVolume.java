package org.restwise.core.plan;

import java.time.LocalDate;

/**
 * One week of training as the recovery-week plan needs it.
 *
 * @param weekStart the first day of the week
 * @param minutes total training minutes
 * @param runs number of running sessions
 * @param hardSessions sessions with real intensity (intervals, hard workouts, races)
 */
public record WeeklyVolume(LocalDate weekStart, double minutes, int runs, int hardSessions) {

    public WeeklyVolume {
        if (!Double.isFinite(minutes) || minutes < 0 || runs < 0 || hardSessions < 0) {
            throw new IllegalArgumentException("weekly volume must not be negative");
        }
    }
}
