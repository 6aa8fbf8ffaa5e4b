package org.restwise.app.squad;

import java.util.Optional;
import org.restwise.core.journal.DayAtAGlance;
import org.restwise.core.load.Acwr;
import org.restwise.core.load.LoadSpike;

/**
 * How soon a coach should look at an athlete this morning, most urgent first: the order of the
 * squad page.
 */
public enum Urgency {
    /** Told to stop and get something looked at, or a red flag on the check-in. */
    REASSESS_OR_RED_FLAG("Look now"),
    REST("Resting"),
    /** Nothing heard today: the coach may want to ask. */
    NO_CHECK_IN("No check-in yet"),
    /** Cleared to move or train, but this week's load jumped against the last four. */
    LOAD_SPIKE("Load spike"),
    MOVE("Easy movement"),
    TRAIN("Training");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Urgency of(Optional<DayAtAGlance> today, Acwr acwr) {
        if (today.isEmpty()) {
            return NO_CHECK_IN;
        }
        DayAtAGlance day = today.get();
        return switch (day.decision()) {
            case REASSESS -> REASSESS_OR_RED_FLAG;
            case REST -> day.redFlags().isEmpty() ? REST : REASSESS_OR_RED_FLAG;
            case MOVE, TRAIN -> {
                if (!day.redFlags().isEmpty()) {
                    yield REASSESS_OR_RED_FLAG;
                }
                if (acwr.ratio().isPresent() && acwr.ratio().getAsDouble() > LoadSpike.ACWR_SPIKE) {
                    yield LOAD_SPIKE;
                }
                yield day.decision() == org.restwise.core.advice.Decision.MOVE ? MOVE : TRAIN;
            }
        };
    }
}
