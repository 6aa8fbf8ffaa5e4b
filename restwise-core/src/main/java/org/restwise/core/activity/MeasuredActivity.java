package org.restwise.core.activity;

import java.util.Objects;

/**
 * What one pass over an activity file gives: the sport and totals the file states, what Restwise
 * measured, the chart profile (empty when none was asked for, or the file has no positions), and the
 * fastest sustained speeds, which tell a run from a ride or a drive when the file does not say.
 */
public record MeasuredActivity(Sport sport, DeviceTotals deviceTotals, ActivitySummary summary,
                               ActivityProfile profile, SustainedSpeeds sustainedSpeeds) {

    public MeasuredActivity {
        Objects.requireNonNull(sport, "sport");
        Objects.requireNonNull(deviceTotals, "deviceTotals");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(sustainedSpeeds, "sustainedSpeeds");
    }
}
