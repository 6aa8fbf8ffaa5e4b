package org.restwise.core.advice;

/** Warning signs that call for stopping rather than pushing on. */
public enum RedFlag {
    DOMS_BEYOND_NORMAL,
    SHARP_PAIN_SWELLING_LIMPING,
    FATIGUE_IRRITABILITY_POOR_SLEEP,
    RECOVERY_LEAVES_YOU_FLATTER,
    URGE_TO_EARN_RECOVERY
}
