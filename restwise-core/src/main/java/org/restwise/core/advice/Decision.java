package org.restwise.core.advice;

/** The day's answer. */
public enum Decision {
    /** Nothing limits recovery: train as planned. */
    TRAIN,
    /** Easy movement helps more than stillness today; see the prescription. */
    MOVE,
    /** Stillness, sleep and food come first today; see the priorities. */
    REST,
    /** Something may be damaged: stop, reassess, get it looked at if it persists. */
    REASSESS
}
