package org.restwise.app.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.restwise.app.access.AthleteJournal;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.SessionEntry;
import org.restwise.core.plan.PostRacePlan;
import org.restwise.core.plan.PostRacePlanSettings;
import org.restwise.core.plan.PostRacePlanner;
import org.restwise.core.plan.RaceEffort;

/**
 * The post-race plan of the latest ultra in the journal, for any other plan to follow where they
 * overlap: the terminal and the web ask here, so they cannot disagree about when running returns.
 */
public final class JournalRaces {

    /** Longer than any post-race plan: a race further back has nothing left to say about the week. */
    static final int LOOKBACK_DAYS = 60;
    /** An ultra logged without its distance is planned as the shortest one (ours: 50 km, the common first ultra). */
    static final double ULTRA_WITHOUT_DISTANCE_KM = 50;

    private JournalRaces() {
    }

    /** The plan of the latest ultra dated before {@code day}, if one was logged in the last {@value #LOOKBACK_DAYS} days. */
    public static Optional<PostRacePlan> before(AthleteJournal journal, LocalDate day) {
        Optional<LoggedSession> race = journal.read(j -> j.sessions().between(day.minusDays(LOOKBACK_DAYS), day.minusDays(1)))
                .stream().map(SessionEntry::session)
                .filter(s -> s.trainingType().map(t -> t.isUltra()).orElse(false))
                .max(Comparator.comparing(LoggedSession::date));
        return race.map(s -> {
            double km = s.distanceKm().orElse(ULTRA_WITHOUT_DISTANCE_KM);
            double up = s.ascentM().orElse(0.0);
            RaceEffort effort = new RaceEffort(km, up, s.descentM().orElse(up), Optional.of(Duration.ofMinutes(s.minutes())));
            return new PostRacePlanner(PostRacePlanSettings.DEFAULTS).plan(effort, s.date());
        });
    }
}
