package org.restwise.core.journal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import org.restwise.core.activity.SessionType;
import org.restwise.core.checkin.Range;

/**
 * A session the runner logged: either training (a {@link SessionType}) or a recovery session with
 * its {@link RecoveryBlock}, never both.
 *
 * @param date the day the session started
 * @param start when it started, local time, if the runner said
 * @param trainingType what kind of training it was; empty for a recovery session
 * @param minutes how long it lasted, minutes
 * @param rpe rating of perceived exertion, 0–10
 * @param distanceKm distance covered, kilometres
 * @param ascentM climbing, metres
 * @param descentM descending, metres
 * @param recovery how a recovery session went; present exactly when {@code trainingType} is empty
 */
public record LoggedSession(
        LocalDate date,
        Optional<LocalDateTime> start,
        Optional<SessionType> trainingType,
        int minutes,
        Optional<Integer> rpe,
        Optional<Double> distanceKm,
        Optional<Double> ascentM,
        Optional<Double> descentM,
        Optional<RecoveryBlock> recovery) {

    /** The name the journal and the {@code log} contract use for a recovery session. */
    public static final String RECOVERY = "RECOVERY";

    // A 200-mile race takes up to about 100 hours; a week is a generous ceiling that still catches typos.
    public static final Range MINUTES = new Range(1, 7 * 24 * 60);
    public static final Range RPE = new Range(0, 10);
    public static final Range DISTANCE_KM = new Range(0, 1_000);
    public static final Range ELEVATION_M = new Range(0, 50_000);

    /** When a session has no start time we place it at this hour, so "hours since" stays computable. */
    public static final LocalTime ASSUMED_START = LocalTime.of(9, 0);

    public LoggedSession {
        if (date == null) {
            throw new IllegalArgumentException("date must be given");
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(trainingType, "trainingType");
        Range.check("minutes", minutes, MINUTES);
        Range.check("rpe", rpe, RPE);
        Range.check("distanceKm", distanceKm, DISTANCE_KM);
        Range.check("ascentM", ascentM, ELEVATION_M);
        Range.check("descentM", descentM, ELEVATION_M);
        Objects.requireNonNull(recovery, "recovery");
        if (start.isPresent() && !start.get().toLocalDate().equals(date)) {
            throw new IllegalArgumentException("start must fall on date " + date + ", got " + start.get());
        }
        if (trainingType.isEmpty() && recovery.isEmpty()) {
            throw new IllegalArgumentException("recovery must be given for a RECOVERY session");
        }
        if (trainingType.isPresent() && recovery.isPresent()) {
            throw new IllegalArgumentException("recovery is only allowed when type is RECOVERY, got " + trainingType.get());
        }
    }

    public boolean isRecovery() {
        return trainingType.isEmpty();
    }

    public boolean isHard() {
        return trainingType.map(SessionType::isHard).orElse(false);
    }

    /**
     * True for time on foot, whose distance and descent count as running load: runs and hikes, and
     * recovery walks and jogs. Rides, swims, cross-training, other sessions, and recovery spins,
     * swims and aqua-jogging are non-impact.
     */
    public boolean isOnFoot() {
        return trainingType.map(SessionType::isOnFoot).orElseGet(() -> recovery.map(r -> switch (r.modality()) {
            case WALK, EASY_JOG -> true;
            case CYCLE, SWIM, AQUA_JOG -> false;
        }).orElse(false));
    }

    /** {@code RECOVERY} or the training type's name, as the {@code log} contract spells it. */
    public String typeName() {
        return trainingType.map(Enum::name).orElse(RECOVERY);
    }

    /** When the session started, or {@link #ASSUMED_START} on its date when the runner did not say. */
    public LocalDateTime startOrAssumed() {
        return start.orElse(date.atTime(ASSUMED_START));
    }

    public LocalDateTime endOrAssumed() {
        return startOrAssumed().plusMinutes(minutes);
    }
}
