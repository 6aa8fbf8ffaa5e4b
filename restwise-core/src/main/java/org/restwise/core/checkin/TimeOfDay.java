package org.restwise.core.checkin;

/** When the runner is asking; late in the day the job is to downshift, not to stimulate. */
public enum TimeOfDay {
    MORNING,
    MIDDAY,
    EVENING,
    BEFORE_SLEEP
}
