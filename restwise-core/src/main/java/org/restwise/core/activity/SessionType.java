package org.restwise.core.activity;

/**
 * What kind of training a session was, as far as recovery is concerned. The order carries no
 * meaning; the predicates say what the engine and the load model need to know. Values are part of
 * the {@code lastSession} and {@code log} contracts: they are only ever added, never renamed.
 *
 * <p>The running types ({@link #isRun()}) are the ones whose impact and descents the advice guards
 * against. The others are what runners also do: {@link #CYCLING} and {@link #CROSS_TRAINING} load
 * the engine without running's impact or eccentric work; {@link #HIKING} is easy time on foot whose
 * descents still load the muscles eccentrically; {@link #OTHER} is anything else, counted as load
 * and nothing more.
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
    HUNDRED_MILE_RACE,
    /** A bike ride, outdoors or indoors: non-impact. */
    CYCLING,
    /** Skiing, swimming, rowing, paddling, the elliptical: non-impact. */
    CROSS_TRAINING,
    /** A hike or a walk: low intensity on foot. */
    HIKING,
    /** Anything else (strength work, a sport Restwise has no word for, a track that was not on foot). */
    OTHER;

    /** A run of any kind: the sessions whose impact, length and descents the advice guards against. */
    public boolean isRun() {
        return switch (this) {
            case EASY, HARD_WORKOUT, INTERVALS, LONG_RUN, MOUNTAIN_RUN, DOWNHILL_HEAVY, ULTRA_RACE,
                    HUNDRED_MILE_RACE -> true;
            case NONE, CYCLING, CROSS_TRAINING, HIKING, OTHER -> false;
        };
    }

    /**
     * Sessions on foot, whose descending loads the muscles eccentrically: every run, and hiking.
     * Only these count toward the journal's flat-equivalent distance and its metres of descent.
     */
    public boolean isOnFoot() {
        return isRun() || this == HIKING;
    }

    /** Races beyond the marathon, whose damage outlasts the legs' feeling of it. */
    public boolean isUltra() {
        return this == ULTRA_RACE || this == HUNDRED_MILE_RACE;
    }

    /** Sessions whose descending loads the muscles eccentrically, the kind of work that damages them most. */
    public boolean isEccentricHeavy() {
        return this == MOUNTAIN_RUN || this == DOWNHILL_HEAVY || isUltra();
    }

    /**
     * Sessions hard enough to count as "the last hard session" for the journal: every run but an
     * easy one. A ride, a swim or a hike never is, so it never hides the last hard run (whose
     * descents may still call for care) from the advice.
     */
    public boolean isHard() {
        return isRun() && this != EASY;
    }
}
