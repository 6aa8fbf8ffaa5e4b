package org.restwise.core.load;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import org.restwise.core.activity.SessionType;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.core.terrain.FlatEquivalent;
import org.restwise.core.terrain.GradeCostModel;

/**
 * A runner's journal as three daily series, each on its own axis, because they measure different
 * things and must not be added together:
 *
 * <ul>
 *   <li>{@link #load()}: session load, AU. One method per runner so every ratio compares like with
 *       like: session-RPE (RPE × minutes, Foster et al. 2001) where an RPE was logged, and otherwise
 *       the same scale with an RPE assumed from the session type ({@link #assumedRpe}), marked as an
 *       estimate. Banister TRIMP is a different scale (an easy hour is about 240 AU of session-RPE
 *       but about 70 TRIMP); it will be the runner's method only once sessions carry heart rate,
 *       which logged sessions do not yet.
 *   <li>{@link #flatEquivalentKm()}: metabolic distance, flat-equivalent km (Minetti et al. 2002 by
 *       default). Only the totals of a session are known, so its climbing and descending are spread
 *       over its whole distance at one steepness, (ascent + descent) / distance, the uphill share of
 *       the distance in proportion to the ascent. Real routes mix flat, gentle and steep ground, so
 *       this is an approximation; it is exact for a route that climbs and descends at one grade.
 *       Sessions without a distance add nothing; missing ascent or descent counts as none.
 *   <li>{@link #descentMeters()}: eccentric load, metres of descent — what damages muscle most, and
 *       what an energy model rates as cheap.
 * </ul>
 *
 * <p>Only sessions on foot ({@link LoggedSession#isOnFoot()}: runs, hikes, recovery walks and jogs)
 * add to the last two: a ride's kilometres cost nothing like running's, and its descents load no
 * muscle eccentrically. Every session adds to the session load.
 *
 * <p>Immutable; a day missing from a series is a day of zero on that axis (see {@link DailyLoad}).
 */
public final class JournalLoad {

    /** Our default RPE for a session of each kind logged without one (article's easy range is RPE 3–4). */
    public static int assumedRpe(LoggedSession session) {
        return session.trainingType().map(JournalLoad::assumedRpe).orElse(RECOVERY_ASSUMED_RPE);
    }

    /** Recovery walks and spins: the article's walks after an ultra are RPE 2–3. Ours. */
    static final int RECOVERY_ASSUMED_RPE = 2;

    /**
     * Rides and cross-training are assumed easy like an easy run (RPE 4): session-RPE counts the
     * effort whatever the sport. A hike is easy time on foot (3). "Other" may be anything, a track that
     * was not on foot included, so it is assumed at the recovery level (2): log an RPE to count it fully.
     */
    private static int assumedRpe(SessionType type) {
        return switch (type) {
            case NONE, EASY, CYCLING, CROSS_TRAINING -> SessionLoad.DEFAULT_ASSUMED_RPE;
            case HIKING -> 3;
            case OTHER -> RECOVERY_ASSUMED_RPE;
            case LONG_RUN -> 5;
            case MOUNTAIN_RUN, DOWNHILL_HEAVY, HUNDRED_MILE_RACE -> 6;
            case HARD_WORKOUT, ULTRA_RACE -> 7;
            case INTERVALS -> 8;
        };
    }

    /** Sessions on one day and how many of them carry an estimated rather than a logged RPE. */
    public record DaySessions(int sessions, int estimated) {

        /** The weakest method used on the day: an estimate as soon as one session was estimated. */
        public SessionLoadMethod method() {
            return estimated > 0 ? SessionLoadMethod.ASSUMED_RPE : SessionLoadMethod.SESSION_RPE;
        }
    }

    private final DailyLoad load;
    private final DailyLoad flatEquivalentKm;
    private final DailyLoad descentMeters;
    private final TreeMap<LocalDate, DaySessions> sessionsByDate;
    private final String gradeModel;

    private JournalLoad(DailyLoad load, DailyLoad flatEquivalentKm, DailyLoad descentMeters,
            TreeMap<LocalDate, DaySessions> sessionsByDate, String gradeModel) {
        this.load = load;
        this.flatEquivalentKm = flatEquivalentKm;
        this.descentMeters = descentMeters;
        this.sessionsByDate = sessionsByDate;
        this.gradeModel = gradeModel;
    }

    /** The series with the default grade-cost model (Minetti et al. 2002). */
    public static JournalLoad of(List<LoggedSession> sessions, RunnerProfile profile) {
        return of(sessions, profile, GradeCostModel.minetti());
    }

    /**
     * @param sessions logged sessions, any order; every one counts on its date
     * @param profile the runner; its sex will pick the TRIMP coefficients once sessions carry heart rate
     * @param model the grade-cost model for flat-equivalent distance
     */
    public static JournalLoad of(List<LoggedSession> sessions, RunnerProfile profile, GradeCostModel model) {
        return of(sessions, profile, model, session -> OptionalDouble.empty());
    }

    /**
     * As {@link #of(List, RunnerProfile, GradeCostModel)}, with the flat-equivalent km measured
     * along the track where a session has one (an imported activity): point by point it is more
     * faithful than the estimate from the session's totals, which is the fallback.
     *
     * @param measuredFlatEquivalentKm the measured figure of a session, or empty
     */
    public static JournalLoad of(List<LoggedSession> sessions, RunnerProfile profile, GradeCostModel model,
            Function<LoggedSession, OptionalDouble> measuredFlatEquivalentKm) {
        Objects.requireNonNull(profile, "profile");
        DailyLoad.Builder load = DailyLoad.builder();
        DailyLoad.Builder flat = DailyLoad.builder();
        DailyLoad.Builder descent = DailyLoad.builder();
        TreeMap<LocalDate, DaySessions> byDate = new TreeMap<>();
        for (LoggedSession session : sessions) {
            SessionLoad sessionLoad = sessionLoad(session);
            load.add(session.date(), sessionLoad.load());
            int estimated = sessionLoad.method() == SessionLoadMethod.ASSUMED_RPE ? 1 : 0;
            byDate.merge(session.date(), new DaySessions(1, estimated),
                    (a, b) -> new DaySessions(a.sessions() + b.sessions(), a.estimated() + b.estimated()));
            if (!session.isOnFoot()) {
                // A ride's kilometres and descents are not running's: no metabolic distance on foot,
                // no eccentric load. Its effort is in the session load above.
                continue;
            }
            OptionalDouble measured = measuredFlatEquivalentKm.apply(session);
            (measured.isPresent() ? measured : flatEquivalentKm(session, model)).ifPresent(km -> flat.add(session.date(), km));
            session.descentM().ifPresent(m -> descent.add(session.date(), m));
        }
        return new JournalLoad(load.build(), flat.build(), descent.build(), byDate, model.name());
    }

    /** Session-RPE with the logged RPE, else the same scale with {@link #assumedRpe}. */
    public static SessionLoad sessionLoad(LoggedSession session) {
        return session.rpe()
                .map(rpe -> SessionLoad.sessionRpe(rpe, session.minutes()))
                .orElseGet(() -> SessionLoad.assumedRpe(session.minutes(), assumedRpe(session)));
    }

    /**
     * Flat-equivalent km of a session from its totals: the distance split into an uphill part
     * (share ascent / (ascent + descent)) and a downhill part, both at grade (ascent + descent) /
     * distance; grades beyond the model's fit are clamped by the model. Empty without a distance.
     */
    public static OptionalDouble flatEquivalentKm(LoggedSession session, GradeCostModel model) {
        if (session.distanceKm().isEmpty()) {
            return OptionalDouble.empty();
        }
        double metres = session.distanceKm().get() * 1000;
        double ascent = session.ascentM().orElse(0.0);
        double descent = session.descentM().orElse(0.0);
        double climbing = ascent + descent;
        if (metres == 0 || climbing == 0) {
            return OptionalDouble.of(metres / 1000);
        }
        double uphillMetres = metres * ascent / climbing;
        double downhillMetres = metres - uphillMetres;
        double flat = FlatEquivalent.segmentMetres(uphillMetres, ascent, model)
                + FlatEquivalent.segmentMetres(downhillMetres, -descent, model);
        return OptionalDouble.of(flat / 1000);
    }

    /** Session load per day, AU, on the session-RPE scale. */
    public DailyLoad load() {
        return load;
    }

    /** Metabolic distance per day, flat-equivalent km. */
    public DailyLoad flatEquivalentKm() {
        return flatEquivalentKm;
    }

    /** Eccentric load per day, metres of descent. */
    public DailyLoad descentMeters() {
        return descentMeters;
    }

    /** The runner's session-load method: session-RPE (with estimates where no RPE was logged). */
    public SessionLoadMethod method() {
        return SessionLoadMethod.SESSION_RPE;
    }

    /** The grade-cost model behind {@link #flatEquivalentKm()}. */
    public String gradeModel() {
        return gradeModel;
    }

    /** The sessions of {@code date}; empty when none was logged. */
    public Optional<DaySessions> sessionsOn(LocalDate date) {
        return Optional.ofNullable(sessionsByDate.get(date));
    }

    /** Sessions from {@code from} to {@code to} inclusive with an estimated load. */
    public int estimatedSessions(LocalDate from, LocalDate to) {
        return from.isAfter(to) ? 0 : sessionsByDate.subMap(from, true, to, true).values().stream()
                .mapToInt(DaySessions::estimated).sum();
    }

    /** Sessions from {@code from} to {@code to} inclusive. */
    public int sessions(LocalDate from, LocalDate to) {
        return from.isAfter(to) ? 0 : sessionsByDate.subMap(from, true, to, true).values().stream()
                .mapToInt(DaySessions::sessions).sum();
    }

    /** Nothing logged at all. */
    public boolean isEmpty() {
        return sessionsByDate.isEmpty();
    }

    /** The logged days with their sessions, in date order. */
    public java.util.NavigableMap<LocalDate, DaySessions> sessionsByDate() {
        return Collections.unmodifiableNavigableMap(sessionsByDate);
    }
}
