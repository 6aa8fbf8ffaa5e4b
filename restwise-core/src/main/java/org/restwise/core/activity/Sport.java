package org.restwise.core.activity;

/** What the activity was, as far as the file says. Files that say nothing give {@link #UNKNOWN}. */
public enum Sport {
    RUNNING,
    TRAIL_RUNNING,
    TREADMILL_RUNNING,
    WALKING,
    HIKING,
    CYCLING,
    CROSS_COUNTRY_SKIING,
    SWIMMING,
    MULTISPORT,
    OTHER,
    UNKNOWN;

    /** True for every kind of running, the sport whose descents Restwise cares most about. */
    public boolean isRunning() {
        return this == RUNNING || this == TRAIL_RUNNING || this == TREADMILL_RUNNING;
    }
}
