package org.restwise.core.advice;

/** What to put first on a rest or reassess day. */
public enum Priority {
    SLEEP,
    FOOD,
    HYDRATION,
    LOW_STIMULATION,
    REDUCED_LOAD,
    MEDICAL_ASSESSMENT
}
