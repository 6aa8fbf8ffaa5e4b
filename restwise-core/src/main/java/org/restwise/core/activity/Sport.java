package org.restwise.core.activity;

/**
 * What the activity was, as far as the file says. Files that say nothing, or say it in words we
 * cannot read, give {@link #UNKNOWN}; files that name a sport that is none of these (strength work,
 * yoga, a game, TCX's {@code Other}) give {@link #OTHER}. Values are only ever added (they are stored
 * and printed by {@code analyze --json}).
 */
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
    UNKNOWN,
    /** Downhill skiing and snowboarding. */
    ALPINE_SKIING,
    /** On water or on a rowing machine. */
    ROWING,
    /** Kayak, canoe, stand-up paddleboard. */
    PADDLING,
    ELLIPTICAL;

    /** True for every kind of running, the sport whose descents Restwise cares most about. */
    public boolean isRunning() {
        return this == RUNNING || this == TRAIL_RUNNING || this == TREADMILL_RUNNING;
    }
}
