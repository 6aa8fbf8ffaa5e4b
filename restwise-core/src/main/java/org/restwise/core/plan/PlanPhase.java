package org.restwise.core.plan;

/** The stages of coming back from a race, in order. */
public enum PlanPhase {
    /** Sleep, food, fluids and short walks only. */
    REST_AND_WALK,
    /** Easy non-impact cross-training as the body allows. */
    NON_IMPACT,
    /** Easy running returns, gated by check-ins and a gradual ramp. */
    RETURN_TO_RUNNING
}
