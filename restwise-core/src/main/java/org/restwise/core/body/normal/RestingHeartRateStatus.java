package org.restwise.core.body.normal;

/** This morning's resting heart rate against the runner's own baseline. */
public enum RestingHeartRateStatus {
    /** Too few mornings yet for a baseline: no verdict. */
    LEARNING,
    /** A baseline is known, but there is no reading this morning. */
    NO_READING_TODAY,
    /** Less than the "well above" margin over the baseline (or below it). */
    USUAL,
    WELL_ABOVE
}
