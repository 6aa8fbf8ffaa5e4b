package org.restwise.core.load;

/** How a session's load was obtained, best first; named beside the figure. */
public enum SessionLoadMethod {
    /** RPE (CR-10) × minutes, Foster et al. 2001. */
    SESSION_RPE("session-RPE: RPE (0–10) × minutes (Foster et al. 2001)"),
    /** Banister TRIMP from average heart rate. */
    BANISTER_TRIMP("Banister TRIMP: minutes × HRr × a·e^(b·HRr)"),
    /** Minutes × an assumed RPE, when neither RPE nor heart rate is known: an estimate. */
    ASSUMED_RPE("estimate: minutes × assumed RPE (no RPE or heart rate logged)");

    private final String description;

    SessionLoadMethod(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
