package org.restwise.core.body.normal;

/** Last night's sleep against the runner's own average. */
public enum SleepStatus {
    /** No sleep recorded for last night. */
    NO_NIGHT,
    /** Last night is known, not short in absolute terms, and the runner's average is not known yet. */
    LEARNING,
    USUAL,
    /** Well under the runner's own average, or under the short-night hours whatever the average. */
    SHORT
}
