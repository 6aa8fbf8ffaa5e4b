package org.restwise.core.activity;

/**
 * What kind of training a session was, as far as recovery is concerned. The order carries no
 * meaning; {@link #isUltra()} and {@link #isEccentricHeavy()} say what the engine needs to know.
 */
public enum SessionType {
    NONE,
    EASY,
    HARD_WORKOUT,
    INTERVALS,
    LONG_RUN,
    MOUNTAIN_RUN,
    DOWNHILL_HEAVY,
    ULTRA_RACE,
    HUNDRED_MILE_RACE;

    /** Races beyond the marathon, whose damage outlasts the legs' feeling of it. */
    public boolean isUltra() {
        return this == ULTRA_RACE || this == HUNDRED_MILE_RACE;
    }

    /** Sessions whose descending loads the muscles eccentrically, the kind of work that damages them most. */
    public boolean isEccentricHeavy() {
        return this == MOUNTAIN_RUN || this == DOWNHILL_HEAVY || isUltra();
    }

    /** Sessions hard enough to count as "the last hard session" for the journal. */
    public boolean isHard() {
        return this != NONE && this != EASY;
    }
}
