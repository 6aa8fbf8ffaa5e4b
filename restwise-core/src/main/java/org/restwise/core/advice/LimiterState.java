package org.restwise.core.advice;

/** What limits recovery today. Precedence: damage over systemic over flow. */
public enum LimiterState {
    /** Heavy, stiff, congested legs that loosen with easy movement: a flow problem. */
    STALE_LEGS,
    /** Sleep, fuel, nervous system or accumulated load: the whole system needs stillness. */
    SYSTEMIC_FATIGUE,
    /** Sharp, local or one-sided pain, altered gait, symptoms sharpening: possible injury. */
    TISSUE_DAMAGE,
    NO_LIMITER
}
