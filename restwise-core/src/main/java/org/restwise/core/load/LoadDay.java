package org.restwise.core.load;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One day of a {@link LoadReport}: what was logged and where the runner stands after it.
 *
 * @param date the day
 * @param load session load, AU (0 when nothing was logged)
 * @param sessions the day's sessions and how many were estimated; empty when nothing was logged
 * @param acwr the ratio by the report's method
 * @param ewma the EWMA ratio (Williams et al. 2017), shown beside any method
 * @param monotony Foster's monotony and strain of the 7 days ending on {@code date}
 * @param fitnessFatigue CTL, ATL and TSB
 * @param flatEquivalentKm metabolic distance, flat-equivalent km (0 without a logged distance)
 * @param descentMeters eccentric load, metres of descent (0 when none logged)
 * @param daysWithData days of the 28-day window ending on {@code date} with a logged session
 */
public record LoadDay(LocalDate date, double load, Optional<JournalLoad.DaySessions> sessions, Acwr acwr, Acwr ewma,
        Monotony monotony, FitnessFatigue fitnessFatigue, double flatEquivalentKm, double descentMeters,
        int daysWithData) {

    public LoadDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(acwr, "acwr");
        Objects.requireNonNull(ewma, "ewma");
        Objects.requireNonNull(monotony, "monotony");
        Objects.requireNonNull(fitnessFatigue, "fitnessFatigue");
    }

    /** How the day's load was obtained; empty on a day with nothing logged. */
    public Optional<SessionLoadMethod> loadMethod() {
        return sessions.map(JournalLoad.DaySessions::method);
    }

    public OptionalDouble ratio() {
        return acwr.ratio();
    }
}
