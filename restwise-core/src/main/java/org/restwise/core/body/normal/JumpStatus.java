package org.restwise.core.body.normal;

/** Today's jump test against the runner's rolling baseline. */
public enum JumpStatus {
    NO_TEST_TODAY,
    /** A test today, but too few earlier tests for a baseline: no verdict. */
    LEARNING,
    RECOVERED,
    /** Well under the baseline: the legs have not recovered their spring. */
    NOT_RECOVERED
}
