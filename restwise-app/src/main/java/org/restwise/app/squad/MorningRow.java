package org.restwise.app.squad;

import org.restwise.app.json.BodyJson;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.restwise.core.access.SquadMember;
import org.restwise.core.advice.Decision;
import org.restwise.core.journal.DayAtAGlance;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.load.Acwr;

/**
 * One athlete's line on the coach's morning page.
 *
 * @param today today's check-in, if there is one yet
 * @param fortnight the decisions of the last 14 days, oldest first, today last; empty where there was no check-in
 * @param lastCheckIn the day of the latest check-in, if there ever was one
 * @param lastSession the latest session logged in the last {@value SquadMorning#SESSION_DAYS} days
 * @param acwr today's acute:chronic ratio (session-RPE load), with the days of data behind it
 * @param historyDays days from the first session read to today: how far the ratio's baseline has come
 * @param outsideNormal the body readings of today's check-in that were outside the athlete's own normal, in words
 */
public record MorningRow(SquadMember member, Urgency urgency, Optional<DayAtAGlance> today,
        List<Optional<Decision>> fortnight, Optional<LocalDate> lastCheckIn, Optional<LoggedSession> lastSession,
        Acwr acwr, long historyDays, List<BodyJson.Reading> outsideNormal) {

    public MorningRow {
        outsideNormal = List.copyOf(outsideNormal);
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(today, "today");
        fortnight = List.copyOf(fortnight);
        Objects.requireNonNull(lastCheckIn, "lastCheckIn");
        Objects.requireNonNull(lastSession, "lastSession");
        Objects.requireNonNull(acwr, "acwr");
    }

    /** Days from the last check-in to {@code date}; empty when the athlete never checked in. */
    public Optional<Long> daysSinceLastCheckIn(LocalDate date) {
        return lastCheckIn.map(day -> java.time.temporal.ChronoUnit.DAYS.between(day, date));
    }
}
