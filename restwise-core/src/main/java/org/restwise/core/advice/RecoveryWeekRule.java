package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.MEEUSEN_2013;

import java.util.Optional;

/**
 * A recovery week: training goes on, but easy, shorter and with nearly all intensity removed; a
 * movement day leads with non-impact options (the dose planner orders them). Whatever the day's
 * decision, the card says it is a recovery week ({@link #note}). Cites the ECSS/ACSM consensus,
 * which prescribes planned lighter periods to keep load and recovery in balance.
 */
final class RecoveryWeekRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        if (!reading.inRecoveryWeek()) {
            return Optional.empty();
        }
        return Finding.calling(Decision.TRAIN, note(Decision.TRAIN))
                .avoid("Intervals, tempo or hill efforts: a recovery week keeps nearly all intensity out")
                .avoid(Caution.Topic.LONG_SESSION, "Your usual volume: cut it well back, and keep the long run short")
                .citing(MEEUSEN_2013)
                .build();
    }

    /** What the recovery week means for a day that ended in {@code decision}. */
    static String note(Decision decision) {
        return switch (decision) {
            case TRAIN -> "This is a recovery week: run if it feels good, but easy, at well below your usual volume,"
                    + " with nearly all intensity taken out.";
            case MOVE -> "This is a recovery week, so the non-impact options come first: they keep the aerobic rhythm"
                    + " going without adding impact to the legs.";
            case REST -> "This is a recovery week anyway: a day of rest costs the plan nothing.";
            case REASSESS -> "This is a recovery week, so stopping to have this checked costs the plan little.";
        };
    }
}
