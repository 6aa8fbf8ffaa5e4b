package org.restwise.core.load;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The training load of one session, with the method that produced it.
 *
 * <p>The methods are different scales: session-RPE is about three times TRIMP for an easy hour
 * (RPE 4 × 60 = 240 AU against about 70 TRIMP at 60 % of reserve). A series should therefore come
 * from one method where it can; {@link #of} picks the best one available, in the order session-RPE
 * (Foster et al. 2001, J Strength Cond Res 15:109–115), Banister TRIMP, then an assumed-RPE
 * estimate that keeps the session's minutes in the series instead of dropping it.
 *
 * @param load arbitrary units, finite and not negative
 * @param method how {@code load} was obtained
 */
public record SessionLoad(double load, SessionLoadMethod method) {

    /** CR-10 scale bounds (Borg, as modified by Foster). */
    public static final int MIN_RPE = 0;
    public static final int MAX_RPE = 10;

    /**
     * Our default for the fallback: RPE 4, the top of the article's easy range (RPE 3–4), because an
     * unannotated session is most often an easy run. The journal may pass a session-type default.
     */
    public static final int DEFAULT_ASSUMED_RPE = 4;

    public SessionLoad {
        Objects.requireNonNull(method, "method");
        if (!Double.isFinite(load) || load < 0) {
            throw new IllegalArgumentException("session load must be finite, not negative, got " + load);
        }
    }

    /** Foster et al. 2001: RPE (0–10) × minutes. */
    public static SessionLoad sessionRpe(int rpe, double minutes) {
        requireRpe(rpe);
        return new SessionLoad(rpe * requireMinutes(minutes), SessionLoadMethod.SESSION_RPE);
    }

    /**
     * Banister TRIMP: minutes × HRr × a · e^(b · HRr), HRr = (average − resting) / (max − resting),
     * clamped to 0–1 (an average outside resting–max is a sensor artefact, not extra load).
     */
    public static SessionLoad banisterTrimp(double minutes, HeartRateEffort effort) {
        double reserve = effort.reserveFraction();
        TrimpSex sex = effort.sex();
        double trimp = requireMinutes(minutes) * reserve * sex.factor() * Math.exp(sex.exponent() * reserve);
        return new SessionLoad(trimp, SessionLoadMethod.BANISTER_TRIMP);
    }

    /** The fallback: minutes × an assumed RPE, marked as an estimate. */
    public static SessionLoad assumedRpe(double minutes, int assumedRpe) {
        requireRpe(assumedRpe);
        return new SessionLoad(assumedRpe * requireMinutes(minutes), SessionLoadMethod.ASSUMED_RPE);
    }

    /** The best load the known figures allow: session-RPE, else TRIMP, else the assumed-RPE estimate. */
    public static SessionLoad of(double minutes, OptionalInt rpe, Optional<HeartRateEffort> heartRate) {
        if (rpe.isPresent()) {
            return sessionRpe(rpe.getAsInt(), minutes);
        }
        return heartRate.map(effort -> banisterTrimp(minutes, effort))
                .orElseGet(() -> assumedRpe(minutes, DEFAULT_ASSUMED_RPE));
    }

    private static void requireRpe(int rpe) {
        if (rpe < MIN_RPE || rpe > MAX_RPE) {
            throw new IllegalArgumentException("RPE must be " + MIN_RPE + "–" + MAX_RPE + ", got " + rpe);
        }
    }

    private static double requireMinutes(double minutes) {
        if (!Double.isFinite(minutes) || minutes < 0) {
            throw new IllegalArgumentException("minutes must be finite, not negative, got " + minutes);
        }
        return minutes;
    }

    /**
     * What TRIMP needs from a session and a runner: average, resting and maximum heart rate in bpm
     * (resting below max) and the sex that picks the coefficients.
     */
    public record HeartRateEffort(int averageBpm, int restingBpm, int maxBpm, TrimpSex sex) {

        public HeartRateEffort {
            Objects.requireNonNull(sex, "sex");
            if (restingBpm <= 0 || maxBpm <= restingBpm || averageBpm <= 0) {
                throw new IllegalArgumentException("heart rates must be positive with resting below max, got average "
                        + averageBpm + ", resting " + restingBpm + ", max " + maxBpm);
            }
        }

        /** HRr = (average − resting) / (max − resting), clamped to 0–1. */
        public double reserveFraction() {
            double fraction = (double) (averageBpm - restingBpm) / (maxBpm - restingBpm);
            return Math.max(0, Math.min(1, fraction));
        }
    }
}
