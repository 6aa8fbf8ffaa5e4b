package org.restwise.core.checkin;

/** The kind of training block the runner is in. */
public enum TrainingBlock {
    NORMAL,
    RECOVERY_WEEK,
    /** A short, deliberately concentrated block of hard sessions. */
    SHOCK_MICROCYCLE
}
