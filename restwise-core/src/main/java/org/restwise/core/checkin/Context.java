package org.restwise.core.checkin;

import java.util.Optional;
import org.restwise.core.activity.SessionType;

/**
 * The training around the check-in. Every value is optional because the runner may leave it out
 * and the journal may fill it in; the engine reads the {@code …OrDefault} accessors.
 *
 * @param lastSession the most recent hard session
 * @param hoursSinceLastSession hours since that session ended
 * @param nextHardEffortInHours hours until the next hard effort (a bout, a session, a race)
 * @param trainingBlock the block the runner is in
 * @param timeOfDay when the runner is asking
 * @param domsDays days the current soreness has lasted
 * @param recoverySessionsLeftFlatter how many of the last three recovery sessions left the runner flatter
 * @param weeksOfPersistentFatigue weeks the runner has felt tired all the time
 */
public record Context(
        Optional<SessionType> lastSession,
        Optional<Double> hoursSinceLastSession,
        Optional<Double> nextHardEffortInHours,
        Optional<TrainingBlock> trainingBlock,
        Optional<TimeOfDay> timeOfDay,
        Optional<Integer> domsDays,
        Optional<Integer> recoverySessionsLeftFlatter,
        Optional<Integer> weeksOfPersistentFatigue) {

    public static final Context UNKNOWN = new Context(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Context {
        Range.check("context.hoursSinceLastSession", hoursSinceLastSession, Range.HOURS);
        Range.check("context.nextHardEffortInHours", nextHardEffortInHours, Range.HOURS);
        Range.check("context.domsDays", domsDays, Range.DAYS_OF_SORENESS);
        Range.check("context.recoverySessionsLeftFlatter", recoverySessionsLeftFlatter, Range.RECENT_RECOVERY_SESSIONS);
        Range.check("context.weeksOfPersistentFatigue", weeksOfPersistentFatigue, Range.WEEKS);
    }

    /** This context with every value it lacks taken from {@code fallback}: given values always win. */
    public Context orElse(Context fallback) {
        return new Context(
                lastSession.or(fallback::lastSession),
                hoursSinceLastSession.or(fallback::hoursSinceLastSession),
                nextHardEffortInHours.or(fallback::nextHardEffortInHours),
                trainingBlock.or(fallback::trainingBlock),
                timeOfDay.or(fallback::timeOfDay),
                domsDays.or(fallback::domsDays),
                recoverySessionsLeftFlatter.or(fallback::recoverySessionsLeftFlatter),
                weeksOfPersistentFatigue.or(fallback::weeksOfPersistentFatigue));
    }

    public SessionType lastSessionOrNone() {
        return lastSession.orElse(SessionType.NONE);
    }

    public TrainingBlock trainingBlockOrNormal() {
        return trainingBlock.orElse(TrainingBlock.NORMAL);
    }

    public int domsDaysOrZero() {
        return domsDays.orElse(0);
    }

    public int recoverySessionsLeftFlatterOrZero() {
        return recoverySessionsLeftFlatter.orElse(0);
    }

    public int weeksOfPersistentFatigueOrZero() {
        return weeksOfPersistentFatigue.orElse(0);
    }

    /**
     * Whether the last session ended less than {@code hours} ago. An unknown time counts as within
     * the window: a runner who names a race without saying when is assumed to be fresh from it.
     */
    public boolean lastSessionWithin(double hours) {
        return hoursSinceLastSession.map(h -> h < hours).orElse(true);
    }
}
