package org.restwise.app.journal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Optional;
import org.restwise.app.access.AthleteJournal;
import org.restwise.core.journal.ContextDerivation;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.SessionEntry;

/**
 * What the journal already knows before a check-in's questions are answered, so the terminal and
 * the web form can show it as their defaults: the values that will be used, not a blank or a zero
 * the derivation then overrides.
 */
public final class JournalDefaults {

    /** The latest hard session and how long ago it ended. */
    public record HardSession(String typeName, String ago) {
    }

    /**
     * @param earlierShortNights nights under {@value ContextDerivation#SHORT_NIGHT_HOURS} h in the check-ins of the
     *     days before, within the derivation's week; last night's answer may add one
     */
    public record Known(Optional<HardSession> lastHardSession, int earlierShortNights) {
    }

    private JournalDefaults() {
    }

    /** As the derivation will read the journal for a check-in of {@code day}, at {@code now} (midday for another day). */
    public static Known before(AthleteJournal journal, LocalDate day, LocalDateTime now) {
        LocalDateTime asOf = day.equals(now.toLocalDate()) ? now : day.atTime(CheckInRecorder.OTHER_DAY_AS_OF);
        return journal.read(j -> {
            Optional<LoggedSession> hard = j.sessions()
                    .between(day.minusDays(ContextDerivation.HARD_SESSION_LOOKBACK_DAYS), day).stream()
                    .map(SessionEntry::session)
                    .filter(LoggedSession::isHard)
                    .filter(s -> s.endOrAssumed().isBefore(asOf))
                    .max(Comparator.comparing(LoggedSession::endOrAssumed));
            long shortNights = j.checkIns().asReadBetween(day.minusDays(ContextDerivation.PATTERN_LOOKBACK_DAYS - 1L),
                            day.minusDays(1)).stream()
                    .filter(c -> c.signals().sleepHours().map(h -> h < ContextDerivation.SHORT_NIGHT_HOURS).orElse(false))
                    .count();
            return new Known(hard.map(s -> new HardSession(s.typeName(), ago(s.endOrAssumed(), asOf))), (int) shortNights);
        });
    }

    private static String ago(LocalDateTime then, LocalDateTime now) {
        long hours = Duration.between(then, now).toHours();
        return hours < 48 ? hours + " h ago" : hours / 24 + " days ago";
    }
}
