package org.restwise.core.plan;

import java.time.Duration;
import java.util.Optional;
import org.restwise.core.terrain.KmEffort;

/**
 * What a race asked of the body: distance, climbing, descending and time on feet.
 *
 * @param distanceKm race distance, km
 * @param ascentMeters total climbing, metres
 * @param descentMeters total descending, metres: the eccentric load that damages muscle most
 * @param finishTime time from start to finish, when known
 */
public record RaceEffort(double distanceKm, double ascentMeters, double descentMeters, Optional<Duration> finishTime) {

    /** Beyond the marathon distance, a race counts as an ultra. */
    public static final double MARATHON_KM = 42.195;

    public RaceEffort {
        requireFinite("distance", distanceKm, 0.5, 1000);
        requireFinite("ascent", ascentMeters, 0, 50_000);
        requireFinite("descent", descentMeters, 0, 50_000);
        finishTime.ifPresent(t -> {
            if (t.isNegative() || t.isZero() || t.toHours() > 24 * 14) {
                throw new IllegalArgumentException("finish time must be between a minute and 14 days, got " + t);
            }
        });
    }

    /**
     * The race a logged session describes: its distance, climbing, descent (the climbing when no
     * descent was logged: most trail races finish where they start) and minutes as finish time.
     */
    public static RaceEffort of(org.restwise.core.journal.LoggedSession session) {
        double distance = session.distanceKm().orElseThrow(() -> new IllegalArgumentException(
                "the " + session.typeName() + " of " + session.date() + " has no distance logged: give --distance-km"));
        double ascent = session.ascentM().orElse(0.0);
        return new RaceEffort(distance, ascent, session.descentM().orElse(ascent),
                Optional.of(Duration.ofMinutes(session.minutes())));
    }

    public boolean isUltra() {
        return distanceKm > MARATHON_KM;
    }

    /** ITRA kilometre-effort: distance plus a kilometre per 100 m of climbing. */
    public double kmEffort() {
        return new KmEffort(distanceKm, ascentMeters).kmEffort();
    }

    /** Metres of descent per kilometre, the steepness of the eccentric work. */
    public double descentMetersPerKm() {
        return descentMeters / distanceKm;
    }

    private static void requireFinite(String name, double value, double min, double max) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + (long) min + " and " + (long) max + ", got " + value);
        }
    }
}
