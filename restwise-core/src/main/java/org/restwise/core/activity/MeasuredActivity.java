package org.restwise.core.activity;

import java.util.Objects;

/**
 * What one pass over an activity file gives: the sport and totals the file states, what Restwise
 * measured, and the chart profile (empty when none was asked for, or the file has no positions).
 */
public record MeasuredActivity(Sport sport, DeviceTotals deviceTotals, ActivitySummary summary,
                               ActivityProfile profile) {

    public MeasuredActivity {
        Objects.requireNonNull(sport, "sport");
        Objects.requireNonNull(deviceTotals, "deviceTotals");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(profile, "profile");
    }
}
