package org.restwise.core.advice;

/** Ways to move on a recovery day, in the order we recommend them: least cost first. */
public enum Modality {
    WALK,
    CYCLE,
    SWIM,
    AQUA_JOG,
    /** Specific to running, but it still loads muscles eccentrically: last choice, never after heavy damage. */
    EASY_JOG
}
