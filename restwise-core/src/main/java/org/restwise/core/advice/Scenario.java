package org.restwise.core.advice;

/** The seven situations in which complete rest does more than active recovery. */
public enum Scenario {
    OVERREACHING,
    SEVERE_MUSCLE_DAMAGE,
    LOW_FUEL,
    PRE_SLEEP_DOWNSHIFT,
    SLEEP_DEBT,
    ACUTE_INJURY,
    SHOCK_MICROCYCLE
}
