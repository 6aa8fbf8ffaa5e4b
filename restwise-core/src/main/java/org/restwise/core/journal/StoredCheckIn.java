package org.restwise.core.journal;

import java.util.List;
import java.util.Objects;
import org.restwise.core.advice.Decision;
import org.restwise.core.advice.LimiterState;
import org.restwise.core.advice.RedFlag;
import org.restwise.core.advice.Scenario;
import org.restwise.core.checkin.CheckIn;

/**
 * A check-in as the journal keeps it: what the runner reported (context and athlete values as
 * given, before the journal filled anything in) and the decision it led to.
 *
 * @param id the journal's id for it
 * @param checkIn the check-in as reported
 * @param decision what the advice decided
 * @param state the limiter it named
 * @param scenarios the complete-rest scenarios that applied
 * @param redFlags the red flags raised
 */
public record StoredCheckIn(
        long id, CheckIn checkIn, Decision decision, LimiterState state, List<Scenario> scenarios, List<RedFlag> redFlags) {

    public StoredCheckIn {
        Objects.requireNonNull(checkIn, "checkIn");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(state, "state");
        scenarios = List.copyOf(scenarios);
        redFlags = List.copyOf(redFlags);
    }
}
