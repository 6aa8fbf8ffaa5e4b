package org.restwise.core.advice;

/** The seven situations in which complete rest does more than active recovery. */
public enum Scenario {
    OVERREACHING("Overreaching: weeks of fatigue"),
    SEVERE_MUSCLE_DAMAGE("Severe muscle damage after a race"),
    LOW_FUEL("Low fuel"),
    PRE_SLEEP_DOWNSHIFT("Winding down before sleep"),
    SLEEP_DEBT("Sleep debt"),
    ACUTE_INJURY("Possible acute injury"),
    SHOCK_MICROCYCLE("Shock microcycle");

    private final String plainWords;

    Scenario(String plainWords) {
        this.plainWords = plainWords;
    }

    /** The scenario in a runner's words. */
    public String plainWords() {
        return plainWords;
    }
}
