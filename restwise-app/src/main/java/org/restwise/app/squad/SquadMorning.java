package org.restwise.app.squad;

import org.restwise.app.json.AdviceJson;
import org.restwise.app.json.BodyJson;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.restwise.app.access.AccessPolicy;
import org.restwise.app.access.Requester;
import org.restwise.core.access.AthleteId;
import org.restwise.core.access.Squad;
import org.restwise.core.access.SquadMember;
import org.restwise.core.advice.Decision;
import org.restwise.core.journal.DayAtAGlance;
import org.restwise.core.load.JournalLoad;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.core.load.Acwr;
import org.restwise.core.load.AcwrMethod;
import org.restwise.store.JournalStore;
import org.restwise.core.journal.SessionEntry;
import org.restwise.store.SquadReadings;

/** A coach's squad this morning: every athlete's decision, most urgent first. */
public final class SquadMorning {

    /** The sparkline's days, today included. */
    public static final int FORTNIGHT = 14;
    /**
     * Sessions read per athlete: the ratio's 28-day chronic window with room before it, so that its
     * count of days with data is right; the last session shown is the latest of these.
     */
    public static final int SESSION_DAYS = 2 * Acwr.MIN_HISTORY_DAYS;

    /** Squad mornings kept: a server's squads seen today, with room for yesterday's at midnight. */
    public static final int MORNINGS_KEPT = 64;

    private final JournalStore store;
    private final Clock clock;
    /**
     * The mornings computed, with the revision of the squad they were computed at: a morning is
     * computed again only when the journal says something it shows has changed (another server on
     * the same database included), or on a new day. Reading a 200-athlete squad's fortnight and load
     * is most of the page's time; reading its revision is one statement.
     */
    private final Cache<Key, Computed> computed = Caffeine.newBuilder().maximumSize(MORNINGS_KEPT).build();

    private record Key(long squadId, LocalDate date) {
    }

    private record Computed(SquadReadings.Revision revision, List<MorningRow> rows, long edition) {
    }

    private final java.util.concurrent.atomic.AtomicLong editions = new java.util.concurrent.atomic.AtomicLong();

    public SquadMorning(JournalStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param edition which computation the rows are: the same number exactly when they are the
     *     same rows, reused, so that what is made from them (a page's markup) can be reused too
     */
    public record Morning(Squad squad, LocalDate date, List<MorningRow> rows, long edition) {
    }

    /** The squad's morning, for its coach only. */
    public Morning today(Requester requester, long squadId) {
        LocalDate today = LocalDate.now(clock);
        return store.read(j -> {
            Squad squad = AccessPolicy.squadCoachedBy(j, requester, squadId);
            SquadReadings readings = j.squads().readings(squadId);
            SquadReadings.Revision revision = readings.revision();
            // A kept morning is read without a lock. A changed one is computed by one request while
            // the others asking for the same squad wait for it: after a burst of check-ins, sixteen
            // coaches' phones would otherwise compute the same morning.
            Key key = new Key(squadId, today);
            Computed kept = computed.getIfPresent(key);
            Computed fresh = kept != null && kept.revision().equals(revision) ? kept
                    : computed.asMap().compute(key, (k, other) -> other != null && other.revision().equals(revision) ? other
                            : new Computed(revision, rows(readings, today), editions.incrementAndGet()));
            return new Morning(squad, today, fresh.rows(), fresh.edition());
        });
    }

    private static List<MorningRow> rows(SquadReadings readings, LocalDate today) {
        List<SquadMember> members = readings.members();
        Map<AthleteId, List<DayAtAGlance>> days = readings.days(today.minusDays(FORTNIGHT - 1L), today);
        Map<AthleteId, LocalDate> lastCheckIns = readings.lastCheckIns(today);
        Map<AthleteId, List<SessionEntry>> sessions = readings.sessions(today.minusDays(SESSION_DAYS - 1L), today);
        Map<AthleteId, String> advice = readings.adviceOn(today);
        List<MorningRow> rows = new ArrayList<>();
        for (SquadMember member : members) {
            rows.add(row(member, today, days.getOrDefault(member.athlete(), List.of()),
                    Optional.ofNullable(lastCheckIns.get(member.athlete())),
                    sessions.getOrDefault(member.athlete(), List.of()), outsideNormal(advice.get(member.athlete()))));
        }
        rows.sort(Comparator.comparing(MorningRow::urgency).thenComparing(r -> r.member().name(), String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(rows);
    }

    /** The readings of a stored check-in's output that were outside normal; none without a check-in today. */
    private static List<BodyJson.Reading> outsideNormal(String storedOutput) {
        if (storedOutput == null || !storedOutput.contains("\"outsideNormal\"")) {
            return List.of();
        }
        return BodyJson.fromOutput(AdviceJson.tree(storedOutput)).stream().filter(BodyJson.Reading::outsideNormal).toList();
    }

    private static MorningRow row(SquadMember member, LocalDate today, List<DayAtAGlance> days,
            Optional<LocalDate> lastCheckIn, List<SessionEntry> entries, List<BodyJson.Reading> outsideNormal) {
        Optional<DayAtAGlance> todays = days.stream().filter(d -> d.date().equals(today)).findFirst();
        List<Optional<Decision>> fortnight = new ArrayList<>();
        for (int back = FORTNIGHT - 1; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            fortnight.add(days.stream().filter(d -> d.date().equals(day)).map(DayAtAGlance::decision).findFirst());
        }
        List<LoggedSession> sessions = entries.stream().map(SessionEntry::session).toList();
        var load = JournalLoad.of(sessions, RunnerProfile.EMPTY).load();
        Acwr acwr = AcwrMethod.UNCOUPLED.at(load, today);
        Optional<LoggedSession> last = sessions.isEmpty() ? Optional.empty() : Optional.of(sessions.get(sessions.size() - 1));
        return new MorningRow(member, Urgency.of(todays, acwr), todays, fortnight, lastCheckIn, last, acwr,
                load.daysOfHistory(today), outsideNormal);
    }
}
