package org.restwise.core.body.normal;

/** Where the 7-day HRV average stands against the runner's own normal range. */
public enum HrvStatus {
    /** Too few days yet for a normal range: no verdict. */
    LEARNING,
    /** A normal range is known, but the last 7 days hold too few readings for an average. */
    TOO_FEW_THIS_WEEK,
    BELOW,
    WITHIN,
    ABOVE
}
